PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261122100000_Initial','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261201100000_ArticleSearchIndex','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261201110000_MentionOverrides','10.0.14');
CREATE TABLE IF NOT EXISTS "SourceFiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SourceFiles" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "IngestedAtUtc" TEXT NOT NULL,
    "ArticleCount" INTEGER NOT NULL
);
INSERT INTO SourceFiles VALUES(1,'004_1685b78a60bba939.txt','3c01cf758c74d662d07a8255b3ab68cac6d5fef7a2d3919f8edd4a8cb9770063','2026-12-02 20:38:54.6467477',7);
CREATE TABLE IF NOT EXISTS "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "BodyOffset" INTEGER NOT NULL,
    "Source" TEXT NULL,
    "Url" TEXT NULL,
    "SourceName" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Date" TEXT NULL,
    "DatePrecision" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "IngestedAtUtc" TEXT NOT NULL,
    "SourceFileId" INTEGER NOT NULL,
    CONSTRAINT "FK_Articles_SourceFiles_SourceFileId" FOREIGN KEY ("SourceFileId") REFERENCES "SourceFiles" ("Id") ON DELETE CASCADE
);
INSERT INTO Articles VALUES(1,'Russia’s big bombers strike ISIS at Deir Ezzor, Syria',replace('Russia’s big bombers strike ISIS at Deir Ezzor, Syria\n\nWith the position of the Syrian forces besieged in the desert town of Deir Ezzor in eastern Syria remaining extremely precarious – latest reports suggest they were forced to surrender hard-won gains they made there against ISIS yesterday – the Russians have brought the full weight of their air force to bear, striking at ISIS positions near Deir Ezzor with 6 TU22M3 bombers.','\n',char(10)),55,NULL,NULL,'004_1685b78a60bba939.txt',0,NULL,'Unknown','90efbcb601f547462f844111cd407e5fd22d5dc1431359cafcb1942607f9c487','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(2,'CONFIRMED: Russia formally invites US to join Syrian peace talks in Astana',replace('CONFIRMED: Russia formally invites US to join Syrian peace talks in Astana\n\nRussian Foreign Minister Lavrov has today confirmed that the Russians have extended an invitation to the US to join the Syrian peace talks in Astana, which is due to start on Monday.\nIt is not yet certain that US President Trump – due to be inaugurated tomorrow – will accept this offer, but the likelihood is that he will.','\n',char(10)),76,NULL,NULL,'004_1685b78a60bba939.txt',1,NULL,'Unknown','7f6a612228541ed2ef8484bfdf777e68870fae979b81d90d7e5e54c5130a807b','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(3,'Russian military again charges US with relocating ISIS from Iraq to Syria',replace('Russian military again charges US with relocating ISIS from Iraq to Syria\n\nWith Palmyra still under ISIS control, and with ISIS threatening to capture Deir Ezzor, the Russian military has once against blamed the military crisis in eastern Syria on the US.\nThe Russian military first did so in the immediate aftermath of the fall of Palmyra in December when it complained – rightly – that the reason ISIS was able to send troops to Palmyra from Mosul and Raqqa was because ISIS is under no real pressure there.','\n',char(10)),75,NULL,NULL,'004_1685b78a60bba939.txt',2,NULL,'Unknown','72855da85bcc989cfa1ae070a15f5ad5302b266564c328955e4b74600e9ba011','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(4,'CONFIRMED: Russia and Turkey fighting ISIS together',replace('CONFIRMED: Russia and Turkey fighting ISIS together\n\nFollowing weeks of reports that the Russian air force was quietly providing air support to the Turkish army fighting ISIS in the strategic Syrian town of Al-Bab, confirmation has now finally come from Russia that this is indeed happening.\nIndeed the Russians have confirmed that the Russian and Turkish air forces for the first time engaged in a joint air strike.','\n',char(10)),53,NULL,NULL,'004_1685b78a60bba939.txt',3,NULL,'Unknown','c2a0394ea72530d0b636174f7df53bce34bf8410cfcf73a4b7b8c01c81bdc79d','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(5,'People in eastern Aleppo slam Jihadis and Turkey',replace('People in eastern Aleppo slam Jihadis and Turkey\n\nOne of the major complaints I have made concerning the reporting of the fighting in Aleppo is that no Western journalists were there, and that they were reporting uncritically information obtained at second and third hand from Jihadi sources opposed to the Syrian government.\nPatrick Cockburn, the Middle East correspondent of the Independent and a vastly better informed journalist about the conflicts in the Middle East than almost anyone else who writes in the West about the conflicts, has made the same point.','\n',char(10)),50,NULL,NULL,'004_1685b78a60bba939.txt',4,NULL,'Unknown','e2448b0559847e1d8848af90ab40401267fbbbe9227e5c7c2810dfd8f4c9218b','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(6,'Mission Accomplished: Russia’s Admiral Kuznetsov carrier returning home',replace('Mission Accomplished: Russia’s Admiral Kuznetsov carrier returning home\n\nFollowing the Syrian army’s victory in Aleppo the Russian Defence Ministry has confirmed that the Russian fleet sent to the eastern Mediterranean earlier in the autumn, including the aircraft carrier Admiral Kuznetsov and the nuclear powered missile battlecruiser Pyotr Veliky, are being withdrawn to Russia.\nThis was always the plan.  There was never any suggestion that the deployment was intended to be anything other than a temporary one.','\n',char(10)),73,NULL,NULL,'004_1685b78a60bba939.txt',5,NULL,'Unknown','4ea661d50f307958f3a75f8bf462e9ca6844c156677c5dade5adba4a9e033a56','2026-12-02 20:38:54.6467477',1);
INSERT INTO Articles VALUES(7,'Russian carrier Admiral Kuznetsov in action near Syria (Video)',replace('Russian carrier Admiral Kuznetsov in action near Syria (Video)\n\nRussia’s Defence Ministry has released more film of its aircraft the Admiral Kuznetsov engaging in combat operations in the eastern Mediterranean.\nThe film shows SU33 and MiG29 fighters taking off and landing on the deck of the Admiral Kuznetsov before and after carrying out air patrols over Syria.\nThe Russian Defence Ministry claims that the SU33s and MiG29s have carried out air strikes in Syria using 500 kg bombs.  However all the aircraft shown in the film actually carry air to air missiles, which appears to confirm that their primary role is air defence.','\n',char(10)),64,NULL,NULL,'004_1685b78a60bba939.txt',6,NULL,'Unknown','65b2ea56158275b81db819ba987f2b19f81a6b70290771227e44b9347d7566a6','2026-12-02 20:38:54.6467477',1);
CREATE TABLE IF NOT EXISTS "Mentions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Mentions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Start" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PlaceId" INTEGER NULL,
    "PlaceName" TEXT NULL,
    "CountryCode" TEXT NULL,
    "Level" TEXT NULL,
    "Location" BLOB NULL,
    "Longitude" REAL NULL,
    "Latitude" REAL NULL,
    "Confidence" REAL NOT NULL,
    "Evidence" TEXT NOT NULL,
    "Alternatives" TEXT NOT NULL,
    "Date" TEXT NULL,
    "DatePrecision" TEXT NOT NULL,
    "DateStart" TEXT NULL,
    "DateEnd" TEXT NULL,
    "SentenceStart" INTEGER NOT NULL,
    "SentenceLength" INTEGER NOT NULL, "Review" TEXT NOT NULL DEFAULT 'None',
    CONSTRAINT "FK_Mentions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);
INSERT INTO Mentions VALUES(1,1,0,6,'Russia','Actor',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1.0,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,0,53,'Dismissed');
INSERT INTO Mentions VALUES(2,1,36,10,'Deir Ezzor','Event',170794,'Deir ez-Zor','SY','City',X'0101000000fcfb8c0b07124440b4b0a71dfeaa4140',40.140839999999997191,35.335880000000003064,0.18920000000000000706,'transliteration variant; city in Deir ez-Zor, Syria; pop 242,565; admin1 seat; 1 edit from the name as written; the article is about SY (60 % of country evidence); qualified by "Syria" (Syria); the seat of the division of the same name; runner-up Deir ez-Zor, SY','801601188512',NULL,'Unknown',NULL,NULL,0,53,'None');
INSERT INTO Mentions VALUES(3,1,48,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; holds the "Deir Ezzor" it qualifies; only candidate','',NULL,'Unknown',NULL,NULL,0,53,'None');
INSERT INTO Mentions VALUES(4,1,80,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,55,375,'None');
INSERT INTO Mentions VALUES(5,1,125,10,'Deir Ezzor','Event',170794,'Deir ez-Zor','SY','City',X'0101000000fcfb8c0b07124440b4b0a71dfeaa4140',40.140839999999997191,35.335880000000003064,0.4391999999999999793,'transliteration variant; city in Deir ez-Zor, Syria; pop 242,565; admin1 seat; 1 edit from the name as written; the article is about SY (60 % of country evidence); the text calls it a settlement; the seat of the division of the same name; runner-up Deir ez-Zor, SY','801601188512',NULL,'Unknown',NULL,NULL,55,375,'None');
INSERT INTO Mentions VALUES(6,1,147,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,55,375,'None');
INSERT INTO Mentions VALUES(7,1,299,8,'Russians','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,55,375,'None');
INSERT INTO Mentions VALUES(8,1,397,10,'Deir Ezzor','Event',170794,'Deir ez-Zor','SY','City',X'0101000000fcfb8c0b07124440b4b0a71dfeaa4140',40.140839999999997191,35.335880000000003064,0.18929999999999999604,'transliteration variant; city in Deir ez-Zor, Syria; pop 242,565; admin1 seat; 1 edit from the name as written; the article is about SY (60 % of country evidence); the seat of the division of the same name; runner-up Deir ez-Zor, SY','801601188512',NULL,'Unknown',NULL,NULL,55,375,'None');
INSERT INTO Mentions VALUES(9,2,11,6,'Russia','Actor',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,0.95379999999999998117,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,0,74,'None');
INSERT INTO Mentions VALUES(10,2,35,2,'US','Event',800000000538,'United States','US','Country',X'010100000000000000004058c00000000000004340',-97.0,38.0,1.0,'exact alternate name; country; pop 270,919,581; runner-up Us, FR','2971316',NULL,'Unknown',NULL,NULL,0,74,'None');
INSERT INTO Mentions VALUES(11,2,46,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,0,74,'None');
INSERT INTO Mentions VALUES(12,2,68,6,'Astana','Event',1526273,'Astana','KZ','City',X'0101000000e3aab2ef8adc51403b014d840d974940',71.445980000000005815,51.180100000000003034,0.65929999999999999715,'exact name; city in Astana, Kazakhstan; pop 345,604; capital; the seat of the division of the same name; runner-up Astana, KZ','801911503377,6534366',NULL,'Unknown',NULL,NULL,0,74,'None');
INSERT INTO Mentions VALUES(13,2,76,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,76,182,'None');
INSERT INTO Mentions VALUES(14,2,137,8,'Russians','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,76,182,'None');
INSERT INTO Mentions VALUES(15,2,181,2,'US','Event',800000000538,'United States','US','Country',X'010100000000000000004058c00000000000004340',-97.0,38.0,1.0,'exact alternate name; country; pop 270,919,581; runner-up Us, FR','2971316',NULL,'Unknown',NULL,NULL,76,182,'None');
INSERT INTO Mentions VALUES(16,2,196,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,76,182,'None');
INSERT INTO Mentions VALUES(17,2,218,6,'Astana','Event',1526273,'Astana','KZ','City',X'0101000000e3aab2ef8adc51403b014d840d974940',71.445980000000005815,51.180100000000003034,0.65929999999999999715,'exact name; city in Astana, Kazakhstan; pop 345,604; capital; the seat of the division of the same name; runner-up Astana, KZ','801911503377,6534366',NULL,'Unknown',NULL,NULL,76,182,'None');
INSERT INTO Mentions VALUES(18,2,286,2,'US','Event',800000000538,'United States','US','Country',X'010100000000000000004058c00000000000004340',-97.0,38.0,1.0,'exact alternate name; country; pop 270,919,581; runner-up Us, FR','2971316',NULL,'Unknown',NULL,NULL,259,140,'None');
INSERT INTO Mentions VALUES(19,3,0,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,0,73,'None');
INSERT INTO Mentions VALUES(20,3,31,2,'US','Event',800000000538,'United States','US','Country',X'010100000000000000004058c00000000000004340',-97.0,38.0,1.0,'exact alternate name; country; pop 270,919,581; runner-up Us, FR','2971316',NULL,'Unknown',NULL,NULL,0,73,'None');
INSERT INTO Mentions VALUES(21,3,60,4,'Iraq','Event',800000000224,'Iraq','IQ','Country',X'010100000000000000000046400000000000804040',44.0,33.0,0.83940000000000003499,'exact name; country; pop 26,295,321; runner-up Arāk, IR','143127',NULL,'Unknown',NULL,NULL,0,73,'None');
INSERT INTO Mentions VALUES(22,3,68,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,0,73,'None');
INSERT INTO Mentions VALUES(23,3,80,7,'Palmyra','Event',163808,'Tadmur','SY','City',X'010100000078b471c45a2443409ca223b9fc474140',38.284019999999998162,34.562399999999996679,0.1932999999999999996,'exact alternate name; city in Homs, Syria; pop 51,015; admin2 seat; the article is about SY (28 % of country evidence); 168 km from Ar Raqqah; runner-up Palmyra, US','4402381,4777824,3449427,5204964,5102378,5130441,4974597,5266156,4262746,4905245,4246587,5074776,8348699,4517698,4899581,4267866',NULL,'Unknown',NULL,NULL,75,180,'None');
INSERT INTO Mentions VALUES(24,3,151,10,'Deir Ezzor','Event',170794,'Deir ez-Zor','SY','City',X'0101000000fcfb8c0b07124440b4b0a71dfeaa4140',40.140839999999997191,35.335880000000003064,0.20230000000000000759,'transliteration variant; city in Deir ez-Zor, Syria; pop 242,565; admin1 seat; 1 edit from the name as written; the article is about SY (28 % of country evidence); the seat of the division of the same name; 123 km from Ar Raqqah; runner-up Deir ez-Zor, SY','801601188512',NULL,'Unknown',NULL,NULL,75,180,'None');
INSERT INTO Mentions VALUES(25,3,167,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,75,180,'None');
INSERT INTO Mentions VALUES(26,3,239,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,75,180,'None');
INSERT INTO Mentions VALUES(27,3,252,2,'US','Event',800000000538,'United States','US','Country',X'010100000000000000004058c00000000000004340',-97.0,38.0,1.0,'exact alternate name; country; pop 270,919,581; runner-up Us, FR','2971316',NULL,'Unknown',NULL,NULL,75,180,'None');
INSERT INTO Mentions VALUES(28,3,260,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,256,253,'None');
INSERT INTO Mentions VALUES(29,3,332,7,'Palmyra','Event',163808,'Tadmur','SY','City',X'010100000078b471c45a2443409ca223b9fc474140',38.284019999999998162,34.562399999999996679,0.1932999999999999996,'exact alternate name; city in Homs, Syria; pop 51,015; admin2 seat; the article is about SY (28 % of country evidence); 168 km from Ar Raqqah; runner-up Palmyra, US','4402381,4777824,3449427,5204964,5102378,5130441,4974597,5266156,4262746,4905245,4246587,5074776,8348699,4517698,4899581,4267866',NULL,'Unknown',NULL,NULL,256,253,'None');
INSERT INTO Mentions VALUES(30,3,431,7,'Palmyra','Event',163808,'Tadmur','SY','City',X'010100000078b471c45a2443409ca223b9fc474140',38.284019999999998162,34.562399999999996679,0.1932999999999999996,'exact alternate name; city in Homs, Syria; pop 51,015; admin2 seat; the article is about SY (28 % of country evidence); 168 km from Ar Raqqah; runner-up Palmyra, US','4402381,4777824,3449427,5204964,5102378,5130441,4974597,5266156,4262746,4905245,4246587,5074776,8348699,4517698,4899581,4267866',NULL,'Unknown',NULL,NULL,256,253,'None');
INSERT INTO Mentions VALUES(31,3,444,5,'Mosul','Event',99072,'Mosul','IQ','City',X'010100000025e99ac9378f45407b14ae47e12a4240',43.118890000000000385,36.335000000000000851,0.99209999999999998188,'exact name; city in Nineveh, Iraq; pop 1,683,000; admin1 seat; the article is about IQ (12 % of country evidence); 291 km from Deir ez-Zor; runner-up Mosul, IQ','822471020612',NULL,'Unknown',NULL,NULL,256,253,'None');
INSERT INTO Mentions VALUES(32,3,454,5,'Raqqa','Event',172955,'Ar Raqqah','SY','City',X'010100000070253b3602814340e7525c55f6f94140',39.00788000000000011,35.952829999999998734,0.1910000000000000031,'exact alternate name; city in Raqqa, Syria; pop 177,636; admin1 seat; the article is about SY (24 % of country evidence); the seat of the division of the same name; 123 km from Deir ez-Zor; runner-up Raqqa, SY','801136073145',NULL,'Unknown',NULL,NULL,256,253,'None');
INSERT INTO Mentions VALUES(33,4,11,6,'Russia','Event',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'exact name; country; pop 131,278,386; listed with "Turkey", another country; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,0,51,'None');
INSERT INTO Mentions VALUES(34,4,22,6,'Turkey','Event',800000000511,'Turkey','TR','Country',X'010100000000000000008041400000000000804340',35.0,39.0,1.0,'exact name; country; pop 68,740,355; listed with "Russia", another country; runner-up New Providence, US','5101775',NULL,'Unknown',NULL,NULL,0,51,'None');
INSERT INTO Mentions VALUES(35,4,89,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,53,238,'None');
INSERT INTO Mentions VALUES(36,4,148,7,'Turkish','Adjectival',800000000511,'Turkey','TR','Country',X'010100000000000000008041400000000000804340',35.0,39.0,1.0,'demonym; country; pop 68,740,355; only candidate','',NULL,'Unknown',NULL,NULL,53,238,'None');
INSERT INTO Mentions VALUES(37,4,192,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,53,238,'None');
INSERT INTO Mentions VALUES(38,4,207,6,'Al-Bab','Event',174018,'Al Bāb','SY','City',X'01010000000b46257502c24240a56b26df6c2f4240',37.515700000000002489,36.370510000000003004,0.82350000000000000976,'name after folding; city in Aleppo, Syria; pop 130,745; admin2 seat; the article is about SY (11 % of country evidence); the text calls it a settlement; only candidate','',NULL,'Unknown',NULL,NULL,53,238,'None');
INSERT INTO Mentions VALUES(39,4,254,6,'Russia','Event',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,53,238,'None');
INSERT INTO Mentions VALUES(40,4,303,8,'Russians','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,292,124,'None');
INSERT INTO Mentions VALUES(41,4,336,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,292,124,'None');
INSERT INTO Mentions VALUES(42,4,348,7,'Turkish','Adjectival',800000000511,'Turkey','TR','Country',X'010100000000000000008041400000000000804340',35.0,39.0,1.0,'demonym; country; pop 68,740,355; only candidate','',NULL,'Unknown',NULL,NULL,292,124,'None');
INSERT INTO Mentions VALUES(43,5,18,6,'Aleppo','Event',170063,'Aleppo','SY','City',X'0101000000548cf337a1944240d252793bc2194240',37.16116999999999848,36.20123999999999853,0.1826000000000000123,'exact name; city in Aleppo, Syria; pop 1,602,264; admin1 seat; the article is about SY (50 % of country evidence); the seat of the division of the same name; 878 km from Middle East; runner-up Aleppo, SY','801763983466',NULL,'Unknown',NULL,NULL,0,48,'None');
INSERT INTO Mentions VALUES(44,5,42,6,'Turkey','Event',800000000511,'Turkey','TR','Country',X'010100000000000000008041400000000000804340',35.0,39.0,1.0,'exact name; country; pop 68,740,355; runner-up New Providence, US','5101775',NULL,'Unknown',NULL,NULL,0,48,'None');
INSERT INTO Mentions VALUES(45,5,134,6,'Aleppo','Event',170063,'Aleppo','SY','City',X'0101000000548cf337a1944240d252793bc2194240',37.16116999999999848,36.20123999999999853,0.1826000000000000123,'exact name; city in Aleppo, Syria; pop 1,602,264; admin1 seat; the article is about SY (50 % of country evidence); the seat of the division of the same name; 878 km from Middle East; runner-up Aleppo, SY','801763983466',NULL,'Unknown',NULL,NULL,50,275,'None');
INSERT INTO Mentions VALUES(46,5,307,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,50,275,'None');
INSERT INTO Mentions VALUES(47,5,348,11,'Middle East','Event',895000000073,'Middle East','','Feature',X'010100000000000000008044400000000000003d40',41.0,29.0,1.0,'exact name; feature; pop 400,000,000; 878 km from Aleppo; only candidate','',NULL,'Unknown',NULL,NULL,326,238,'None');
INSERT INTO Mentions VALUES(48,5,460,11,'Middle East','Event',895000000073,'Middle East','','Feature',X'010100000000000000008044400000000000003d40',41.0,29.0,1.0,'exact name; feature; pop 400,000,000; 878 km from Aleppo; only candidate','',NULL,'Unknown',NULL,NULL,326,238,'None');
INSERT INTO Mentions VALUES(49,6,22,6,'Russia','Actor',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,0,71,'None');
INSERT INTO Mentions VALUES(50,6,87,6,'Syrian','Adjectival',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'demonym; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,73,308,'None');
INSERT INTO Mentions VALUES(51,6,112,6,'Aleppo','Event',170063,'Aleppo','SY','City',X'0101000000548cf337a1944240d252793bc2194240',37.16116999999999848,36.20123999999999853,0.18310000000000001274,'exact name; city in Aleppo, Syria; pop 1,602,264; admin1 seat; the article is about SY (25 % of country evidence); the seat of the division of the same name; runner-up Aleppo, SY','801763983466',NULL,'Unknown',NULL,NULL,73,308,'None');
INSERT INTO Mentions VALUES(52,6,171,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,73,308,'None');
INSERT INTO Mentions VALUES(53,6,205,13,'Mediterranean','Event',895000000001,'Mediterranean Sea','','Feature',X'010100000000000000000032400000000000804140',18.0,35.0,0.80559999999999998276,'exact alternate name; feature; only candidate','',NULL,'Unknown',NULL,NULL,73,308,'None');
INSERT INTO Mentions VALUES(54,6,374,6,'Russia','Event',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,73,308,'None');
INSERT INTO Mentions VALUES(55,7,0,7,'Russian','Adjectival',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'demonym; country; pop 131,278,386; only candidate','',NULL,'Unknown',NULL,NULL,0,62,'None');
INSERT INTO Mentions VALUES(56,7,49,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,0,62,'None');
INSERT INTO Mentions VALUES(57,7,64,6,'Russia','Actor',800000000462,'Russia','RU','Country',X'010100000000000000000059400000000000004e40',100.0,60.0,1.0,'exact name; country; pop 131,278,386; runner-up Russia, US','5168839',NULL,'Unknown',NULL,NULL,64,146,'None');
INSERT INTO Mentions VALUES(58,7,196,13,'Mediterranean','Event',895000000001,'Mediterranean Sea','','Feature',X'010100000000000000000032400000000000804140',18.0,35.0,0.75880000000000003002,'exact alternate name; feature; only candidate','',NULL,'Unknown',NULL,NULL,64,146,'None');
INSERT INTO Mentions VALUES(59,7,357,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,211,152,'None');
INSERT INTO Mentions VALUES(60,7,458,5,'Syria','Event',800000000492,'Syria','SY','Country',X'010100000000000000000043400000000000804140',38.0,35.0,1.0,'exact name; country; pop 8,405,531; only candidate','',NULL,'Unknown',NULL,NULL,364,119,'None');
CREATE TABLE IF NOT EXISTS "MentionOverrides" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MentionOverrides" PRIMARY KEY AUTOINCREMENT,
    "ArticleHash" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "PlaceId" INTEGER NULL,
    "PlaceName" TEXT NULL,
    "CountryCode" TEXT NULL,
    "Level" TEXT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "CreatedAtUtc" TEXT NOT NULL
);
INSERT INTO MentionOverrides VALUES(1,'90efbcb601f547462f844111cd407e5fd22d5dc1431359cafcb1942607f9c487',0,6,'NotAPlace',NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-01 12:00:00');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('SourceFiles',1);
INSERT INTO sqlite_sequence VALUES('Articles',7);
INSERT INTO sqlite_sequence VALUES('Mentions',60);
INSERT INTO sqlite_sequence VALUES('MentionOverrides',1);
CREATE UNIQUE INDEX "IX_SourceFiles_ContentHash" ON "SourceFiles" ("ContentHash");
CREATE UNIQUE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");
CREATE INDEX "IX_Articles_Date" ON "Articles" ("Date");
CREATE INDEX "IX_Articles_SourceFileId" ON "Articles" ("SourceFileId");
CREATE INDEX "IX_Mentions_ArticleId" ON "Mentions" ("ArticleId");
CREATE INDEX "IX_Mentions_Longitude_Latitude" ON "Mentions" ("Longitude", "Latitude");
CREATE INDEX "IX_Mentions_DateStart_DateEnd" ON "Mentions" ("DateStart", "DateEnd");
CREATE INDEX "IX_Mentions_PlaceId" ON "Mentions" ("PlaceId");
CREATE UNIQUE INDEX "IX_MentionOverrides_ArticleHash_Start_Length" ON "MentionOverrides" ("ArticleHash", "Start", "Length");
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "Title", "Text", content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');
CREATE TRIGGER "Articles_ArticleSearch_Insert" AFTER INSERT ON "Articles" BEGIN
    INSERT INTO "ArticleSearch"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
END;
CREATE TRIGGER "Articles_ArticleSearch_Delete" AFTER DELETE ON "Articles" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
END;
CREATE TRIGGER "Articles_ArticleSearch_Update" AFTER UPDATE OF "Title", "Text" ON "Articles" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
    INSERT INTO "ArticleSearch"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
END;
COMMIT;
