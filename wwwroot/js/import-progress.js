// Progress for the import page: posts the chosen files one at a time to POST /api/import and shows
// each file's outcome as it completes. Without this script the form posts as usual and the page
// shows all outcomes at the end.

const form = document.querySelector('[data-role=import-form]');
const results = document.querySelector('[data-role=import-results]');

function line(name, text, state) {
  const li = document.createElement('li');
  li.className = `import-${state}`;
  li.dataset.file = name;
  const strong = document.createElement('strong');
  strong.textContent = name;
  li.append(strong, document.createTextNode(': ' + text));
  return li;
}

function describe(o) {
  if (o.error) return ['not imported: ' + o.error, 'failed'];
  if (o.alreadyImported) return ['already imported, nothing added', 'ok'];
  const n = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return [`${n(o.articles, 'article')} · ${n(o.events, 'event')} · ${n(o.unresolved, 'unresolved name')}`, 'ok'];
}

async function post(body, token) {
  const response = await fetch('api/import', { method: 'POST', body, headers: { RequestVerificationToken: token } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `HTTP ${response.status}`);
  }
  return response.json();
}

if (form && results && window.fetch) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = form.querySelector('[name=__RequestVerificationToken]').value;
    const files = [...form.querySelector('input[type=file]').files];
    const text = form.querySelector('textarea').value;
    const jobs = [];
    if (text.trim()) {
      const body = new FormData();
      body.append('text', text);
      body.append('name', form.querySelector('[name="Form.Name"]').value);
      jobs.push({ name: 'pasted text', body });
    }
    for (const file of files) {
      const body = new FormData();
      body.append('files', file, file.name);
      jobs.push({ name: file.name, body });
    }
    results.replaceChildren(...jobs.map((j) => line(j.name, 'waiting…', 'pending')));
    for (const [i, job] of jobs.entries()) {
      results.children[i].replaceWith(line(job.name, 'geoparsing…', 'pending'));
      let li;
      try {
        const [outcome] = await post(job.body, token);
        const [message, state] = describe(outcome);
        li = line(outcome.name, message, state);
      } catch (e) {
        li = line(job.name, 'not imported: ' + e.message, 'failed');
      }
      results.children[i].replaceWith(li);
    }
    results.dataset.done = 'true';
  });
}
