/**
 * The application page in the browser: the search-first step (the site's
 * own search engine, showing only 政府信息公开目录 items), the form with
 * accessible errors (a summary that takes focus and links to each field,
 * the message beside the field through aria-describedby, aria-invalid), the
 * filled 申请表 to print, and the submission when the site names an
 * endpoint. Nothing is stored and nothing is sent unless the applicant
 * presses 提交申请.
 */
import { inReadersScript } from '../page-links.ts';
import { SearchEngine, STEP_BUDGET_BYTES } from '../search/engine.ts';
import { showNextSteps } from '../search/next-steps.ts';
import { todayInChinese } from '../today.ts';
import { metaLine, replacementNote, validityTag } from '../search/result-view.ts';
import { FIELD_LABELS, validateApplication, type Application, type Problem } from './rules.ts';

/** Results the search step shows; it reads a few more to skip pages that are not 目录 items. */
const SHOWN_RESULTS = 8;
const READ_RESULTS = 24;

export function startApplication(): void {
  const form = document.getElementById('apply-form') as HTMLFormElement | null;
  if (!form) return;
  for (const el of document.querySelectorAll<HTMLElement>('[data-apply-js]')) el.hidden = false;
  const step2 = document.getElementById('step2')!;
  const preview = document.getElementById('apply-preview')!;
  startSearchStep(step2, form);
  startForm(form, preview);
}

function startSearchStep(step2: HTMLElement, form: HTMLFormElement): void {
  const search = document.getElementById('apply-search') as HTMLFormElement;
  const input = document.getElementById('apply-q') as HTMLInputElement;
  const status = document.getElementById('apply-search-status')!;
  const list = document.getElementById('apply-search-results')!;
  const engine = new SearchEngine(search.dataset.index!);
  let run = 0;

  search.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const mine = ++run;
    list.replaceChildren();
    showNextSteps('apply-search-none', null);
    if (!query) {
      status.textContent = '请输入要查找的信息。';
      return;
    }
    status.textContent = '正在查找已公开的信息…';
    try {
      // Newest years first, within the search page's download budget: a quick check, not an exhaustive one.
      const { results, unsearched } = await engine.search(query, { enough: READ_RESULTS, budget: STEP_BUDGET_BYTES });
      const found: Array<{ url: string; meta: Record<string, string | undefined> }> = [];
      for (const r of results.slice(0, READ_RESULTS)) {
        const d = await r.data();
        // Only 政府信息公开目录 items carry a 索引号; news and site pages are not what an applicant asks for.
        if (d.meta.indexNo) found.push(d);
        if (found.length === SHOWN_RESULTS) break;
      }
      if (mine !== run) return;
      list.replaceChildren(...found.map(resultItem));
      status.textContent = found.length
        ? `找到 ${found.length} 条已主动公开的相关信息${results.length > READ_RESULTS ? '（仅列出最相关的）' : ''}。所需信息在其中的，可直接查阅，无需申请。`
        : `没有找到与“${query}”相关的已公开信息。可以换个关键词再查，或者填写申请。`;
      if (!found.length) showNextSteps('apply-search-none', query);
      if (unsearched)
        status.textContent += `${unsearched.from}—${unsearched.to}年的信息尚未查找，可在站内搜索中继续查找。`;
      const title = form.elements.namedItem('infoTitle') as HTMLInputElement;
      if (!title.value) title.value = query;
    } catch (error) {
      status.textContent = '查找暂时无法使用，您可以直接填写申请。';
      console.error(error);
    }
  });

  // Arriving from the search page's "没有找到" links (?q=…): look it up at once.
  const carried = new URLSearchParams(location.search).get('q')?.trim();
  if (carried) {
    input.value = carried;
    search.requestSubmit();
  }

  document.getElementById('apply-continue')!.addEventListener('click', () => {
    step2.hidden = false;
    document.getElementById('step2-heading')!.focus();
  });
}

function resultItem(d: { url: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = inReadersScript(d.url);
  a.textContent = d.meta.title ?? d.url;
  const meta = document.createElement('span');
  meta.className = 'result-meta';
  meta.textContent = metaLine(d.meta, { column: false, indexNo: true });
  const tag = validityTag(d.meta);
  li.append(a, ...(tag ? [tag] : []), meta, ...[replacementNote(d.meta)].filter((n) => n !== null));
  return li;
}

/** The form's values; the fields of the applicant type not chosen count as empty. */
function readForm(form: HTMLFormElement): Application {
  const data = new FormData(form);
  const text = (name: keyof Application) => String(data.get(name) ?? '').trim();
  const type = text('applicantType') as Application['applicantType'];
  const person = type === '公民';
  const org = type === '法人或者其他组织';
  return {
    applicantType: type,
    name: person ? text('name') : '',
    workUnit: person ? text('workUnit') : '',
    idType: person ? text('idType') : '',
    idNumber: person ? text('idNumber') : '',
    orgName: org ? text('orgName') : '',
    orgCode: org ? text('orgCode').toUpperCase() : '',
    legalRep: org ? text('legalRep') : '',
    contactName: org ? text('contactName') : '',
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    postcode: text('postcode'),
    fax: text('fax'),
    infoTitle: text('infoTitle'),
    infoDocNo: text('infoDocNo'),
    infoDescription: text('infoDescription'),
    media: data.getAll('media').map(String),
    methods: data.getAll('methods').map(String),
  };
}

/** The controls a problem is about: one input, or every box of a group. */
function controlsOf(form: HTMLFormElement, field: string): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>(`[name="${field}"]`)];
}

function startForm(form: HTMLFormElement, preview: HTMLElement): void {
  const summary = document.getElementById('error-summary')!;
  const status = document.getElementById('submit-status')!;
  const endpoint = form.dataset.endpoint;
  let checked: Application | undefined;

  const showType = () => {
    const type = (form.elements.namedItem('applicantType') as RadioNodeList).value;
    for (const fs of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]'))
      fs.hidden = fs.dataset.for !== type;
  };
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'applicantType') showType();
  });
  showType();

  function clearErrors(): void {
    for (const p of form.querySelectorAll<HTMLElement>('.field-error')) {
      p.hidden = true;
      p.textContent = '';
    }
    for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  }

  function showErrors(problems: Problem[]): void {
    const items: HTMLLIElement[] = [];
    const seen = new Set<string>();
    for (const p of problems) {
      if (seen.has(p.field)) continue;
      seen.add(p.field);
      const errorId = `f-${p.field}-error`;
      const message = document.getElementById(errorId)!;
      message.textContent = p.message;
      message.hidden = false;
      for (const el of controlsOf(form, p.field)) {
        el.setAttribute('aria-invalid', 'true');
        const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        el.setAttribute('aria-describedby', [...ids, errorId].join(' '));
      }
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#f-${p.field}`;
      a.textContent = `${FIELD_LABELS[p.field]}：${p.message}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const target = document.getElementById(`f-${p.field}`);
        target?.focus();
        target?.closest('.field, fieldset')?.scrollIntoView({ block: 'center' });
      });
      li.append(a);
      items.push(li);
    }
    summary.querySelector('h2')!.textContent = `申请表中有 ${items.length} 处需要修改`;
    summary.querySelector('ul')!.replaceChildren(...items);
    summary.hidden = false;
    summary.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const application = readForm(form);
    const problems = validateApplication(application);
    checked = undefined;
    if (problems.length) {
      preview.hidden = true;
      showErrors(problems);
      return;
    }
    summary.hidden = true;
    checked = application;
    fillSheet(preview, application);
    status.textContent = '';
    status.className = 'submit-status';
    preview.hidden = false;
    document.getElementById('preview-heading')!.focus();
  });
  // Editing after the sheet was made means the sheet no longer matches: ask for a new check before sending.
  form.addEventListener('input', () => {
    if (checked) {
      checked = undefined;
      status.textContent = '申请表内容已修改，请重新点击“检查并生成申请表”。';
    }
  });

  document.getElementById('apply-print')!.addEventListener('click', () => window.print());
  const submit = document.getElementById('apply-submit') as HTMLButtonElement | null;
  if (submit && endpoint) {
    submit.addEventListener('click', async () => {
      if (!checked) {
        status.textContent = '请先点击“检查并生成申请表”。';
        status.focus();
        return;
      }
      submit.disabled = true;
      status.className = 'submit-status';
      status.textContent = '正在提交…';
      try {
        const receipt = await send(endpoint, checked);
        status.className = 'submit-status ok';
        status.textContent = `申请已提交${receipt ? `，受理编号：${receipt}` : ''}。本厅确认收到后将通过您留下的联系方式告知，答复期限自确认收到之日起计算。建议打印本申请表留存。`;
      } catch (error) {
        status.className = 'submit-status failed';
        status.textContent = `提交未成功（${(error as Error).message}）。您填写的内容仍在本页，可以稍后再试，或打印申请表后邮寄、当面递交。`;
        submit.disabled = false;
      }
      status.focus();
    });
  }
}

/** Posts the application as JSON; the service may answer with { "receipt": "…" }. */
async function send(endpoint: string, a: Application): Promise<string | undefined> {
  const body = JSON.stringify({ version: 1, submittedAt: new Date().toISOString(), application: a });
  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  } catch {
    throw new Error(navigator.onLine ? '无法连接受理系统' : '当前处于离线状态');
  }
  if (!response.ok) throw new Error(`受理系统返回错误 ${response.status}`);
  const answer = (await response.json().catch(() => ({}))) as { receipt?: unknown };
  return typeof answer.receipt === 'string' ? answer.receipt : undefined;
}

function fillSheet(root: HTMLElement, a: Application): void {
  const values: Record<string, string> = { ...a, media: '', methods: '', date: todayInChinese() };
  for (const cell of root.querySelectorAll<HTMLElement>('[data-fill]'))
    cell.textContent = values[cell.dataset.fill!] ?? '';
  for (const box of root.querySelectorAll<HTMLElement>('[data-check]')) {
    const [group, value] = box.dataset.check!.split(':') as ['media' | 'methods', string];
    const on = a[group].includes(value);
    box.querySelector('.box')!.textContent = on ? '☑' : '☐';
    box.querySelector('[data-state]')!.textContent = on ? '已选' : '未选';
  }
}
