/**
 * The online 政府信息公开申请 in Chromium: the search-first step, the form's
 * accessible errors, the printed 申请表, submission to an endpoint (a local
 * server plays the department's receiving service), and the sample site,
 * which has no endpoint, sending nothing anywhere.
 */
import { todayInChinese } from '../../src/browser/today.ts';
import http from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureDist, sampleDist } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let sample: StaticServer;
/** What the pretend receiving service got, and how it answers next. */
const received: unknown[] = [];
let answer = { status: 200, body: '{"receipt":"YSQ-2025-0001"}' };

function endpoint(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!req.url?.startsWith('/api/ysqgk/')) return false;
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString('utf8')));
  req.on('end', () => {
    received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  return true;
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(fixtureDist, '/', endpoint);
  sample = await serveDirectory(sampleDist);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await sample?.close();
});

/** The fixture's endpoint is the path /api/ysqgk/ on the host serving the page: the test server answers it. */
async function openForm(base: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/ysqgk/sq/`);
  return page;
}

async function fillCitizen(page: Page): Promise<void> {
  await page.click('#apply-continue');
  await page.check('input[name="applicantType"][value="公民"]');
  await page.fill('#f-name', '张三');
  await page.selectOption('#f-idType', '居民身份证');
  await page.fill('#f-idNumber', '11010519491231002X');
  await page.fill('#f-phone', '13800138000');
  await page.fill('#f-email', 'zhang@example.com');
  await page.fill('#f-infoTitle', '示例省道路货物运输经营者信用管理办法起草说明');
  await page.fill('#f-infoDocNo', '示交规〔2025〕2号');
  await page.check('input[name="media"][value="电子文档"]');
  await page.check('input[name="methods"][value="电子邮件"]');
}

describe('search first', () => {
  it('shows matching 主动公开 documents before the form, and only 目录 items', async () => {
    const page = await openForm(server.url);
    expect(await page.isVisible('#step2')).toBe(false);
    await page.fill('#apply-q', '示交规〔2025〕2号');
    await page.click('#apply-search button[type="submit"]');
    await page.waitForFunction(() =>
      /找到|没有找到/.test(document.getElementById('apply-search-status')!.textContent!),
    );
    const links = await page.$$eval('#apply-search-results a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(links).toEqual(['/xxgk/11990000MB0000001X-2025-00003/']);
    // The query becomes the information's name when the applicant goes on.
    await page.click('#apply-continue');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('step2-heading');
    await expect(page.inputValue('#f-infoTitle')).resolves.toBe('示交规〔2025〕2号');
    await page.context().close();
  });
});

describe('validation', () => {
  it('lists every problem in a summary that takes focus, ties each message to its field and links to it', async () => {
    const page = await openForm(server.url);
    await page.click('#apply-continue');
    await page.click('#apply-form button[type="submit"]');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('error-summary');
    const summary = await page.$$eval('#error-summary li a', (as) =>
      as.map((a) => [a.getAttribute('href'), a.textContent]),
    );
    expect(summary).toEqual([
      ['#f-applicantType', '申请人类型：请选择申请人类型：公民，或者法人或者其他组织'],
      ['#f-phone', '联系电话：请填写联系电话，以便告知补正、答复等事项'],
      ['#f-infoTitle', '所需信息的名称：请至少填写所需信息的名称、文号或者特征性描述中的一项'],
      ['#f-media', '信息载体形式：请选择至少一种信息载体形式'],
      ['#f-methods', '获取信息的方式：请选择至少一种获取信息的方式'],
    ]);
    expect(await page.getAttribute('#f-phone', 'aria-invalid')).toBe('true');
    expect((await page.getAttribute('#f-phone', 'aria-describedby'))!.split(' ')).toEqual([
      'f-phone-hint',
      'f-phone-error',
    ]);
    expect(await page.textContent('#f-phone-error')).toBe('请填写联系电话，以便告知补正、答复等事项');
    // Every box of a group is marked, and the group's message is read with each.
    const boxes = await page.$$eval('input[name="media"]', (els) =>
      els.map((e) => [e.getAttribute('aria-invalid'), e.getAttribute('aria-describedby')]),
    );
    expect(boxes.every(([invalid, by]) => invalid === 'true' && by === 'f-media-error')).toBe(true);
    await page.click('#error-summary a[href="#f-phone"]');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-phone');
    await page.context().close();
  });

  it('checks the identity number and clears errors once fixed', async () => {
    const page = await openForm(server.url);
    await fillCitizen(page);
    await page.fill('#f-idNumber', '110105194912310021');
    await page.click('#apply-form button[type="submit"]');
    expect(await page.$$eval('#error-summary li', (l) => l.map((x) => x.textContent))).toEqual([
      '证件号码：居民身份证号码应为18位，且出生日期和最后一位校验码正确，请核对',
    ]);
    await page.fill('#f-idNumber', '11010519491231002X');
    await page.click('#apply-form button[type="submit"]');
    expect(await page.isVisible('#error-summary')).toBe(false);
    expect(await page.getAttribute('#f-idNumber', 'aria-invalid')).toBeNull();
    expect(await page.getAttribute('#f-idNumber', 'aria-describedby')).toBe('f-idNumber-hint');
    await page.context().close();
  });
});

describe('the printable 申请表', () => {
  it('is filled from the form and is the only thing printed', async () => {
    const page = await openForm(server.url);
    await fillCitizen(page);
    await page.click('#apply-form button[type="submit"]');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('preview-heading');
    const cell = (name: string) => page.textContent(`#apply-preview [data-fill="${name}"]`);
    expect(await cell('name')).toBe('张三');
    expect(await cell('idNumber')).toBe('11010519491231002X');
    expect(await cell('infoDocNo')).toBe('示交规〔2025〕2号');
    expect(await cell('orgName')).toBe('');
    // The site's one date format (2026年03月05日), as on every page.
    expect(await cell('date')).toMatch(/^\d{4}年\d{2}月\d{2}日$/);
    expect(await cell('date')).toBe(todayInChinese());
    expect(await page.textContent('[data-check="media:电子文档"]')).toBe('☑已选电子文档');
    expect(await page.textContent('[data-check="media:光盘"]')).toBe('☐未选光盘');

    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      [
        '.site-header',
        '.site-footer',
        '.breadcrumb',
        'main > h1',
        '#apply-form',
        '.privacy-note',
        '#apply-print',
        '.application-sheet',
      ].map((s) => {
        const el = document.querySelector(s)!;
        return [s, el.getClientRects().length > 0];
      }),
    );
    expect(Object.fromEntries(visible)).toEqual({
      '.site-header': false,
      '.site-footer': false,
      '.breadcrumb': false,
      'main > h1': false,
      '#apply-form': false,
      '.privacy-note': false,
      '#apply-print': false,
      '.application-sheet': true,
    });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The whole 申请表 fits one A4 page.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.context().close();
  });

  it('prints blank from the blank-form page, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/ysqgk/sqb/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.application-sheet')).toBe(true);
    expect(await page.isVisible('main > .lead')).toBe(false);
    expect(await page.textContent('[data-fill="name"]')).toBe('');
    await context.close();
  });
});

describe('submission', () => {
  it('posts the checked application as JSON to the endpoint and shows the receipt', async () => {
    received.length = 0;
    answer = { status: 200, body: '{"receipt":"YSQ-2025-0001"}' };
    const page = await openForm(server.url);
    await fillCitizen(page);
    await page.click('#apply-form button[type="submit"]');
    // A change after the check makes the 申请表 stale: nothing is sent until it is checked again.
    await page.fill('#f-name', '张三丰');
    await page.click('#apply-submit');
    await expect(page.textContent('#submit-status')).resolves.toBe('请先点击“检查并生成申请表”。');
    expect(received).toEqual([]);
    await page.fill('#f-name', '张三');
    await page.click('#apply-form button[type="submit"]');
    await page.click('#apply-submit');
    await page.waitForFunction(() => document.getElementById('submit-status')!.classList.contains('ok'));
    expect(await page.textContent('#submit-status')).toContain('受理编号：YSQ-2025-0001');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('submit-status');
    expect(received).toHaveLength(1);
    const got = received[0] as {
      method: string;
      type: string;
      body: { version: number; application: Record<string, unknown> };
    };
    expect(got.method).toBe('POST');
    expect(got.type).toBe('application/json');
    expect(got.body.version).toBe(1);
    expect(got.body.application).toMatchObject({
      applicantType: '公民',
      name: '张三',
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      infoDocNo: '示交规〔2025〕2号',
      media: ['电子文档'],
      methods: ['电子邮件'],
      orgName: '',
    });
    await page.context().close();
  });

  it('keeps the application and says what to do when the service fails', async () => {
    received.length = 0;
    answer = { status: 503, body: '{}' };
    const page = await openForm(server.url);
    await fillCitizen(page);
    await page.click('#apply-form button[type="submit"]');
    await page.click('#apply-submit');
    await page.waitForFunction(() => document.getElementById('submit-status')!.classList.contains('failed'));
    expect(await page.textContent('#submit-status')).toBe(
      '提交未成功（受理系统返回错误 503）。您填写的内容仍在本页，可以稍后再试，或打印申请表后邮寄、当面递交。',
    );
    expect(await page.inputValue('#f-name')).toBe('张三');
    expect(await page.isEnabled('#apply-submit')).toBe(true);
    await page.context().close();
  });
});

describe('without an endpoint (the sample site)', () => {
  it('offers printing only, says so, and sends nothing the applicant typed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.goto(`${sample.url}/ysqgk/sq/`);
    expect(await page.textContent('[data-privacy="local"]')).toContain('不会发送到任何服务器');
    expect(await page.$('#apply-submit')).toBeNull();
    const before = requests.length;
    await fillCitizen(page);
    await page.click('#apply-form button[type="submit"]');
    expect(await page.isVisible('.application-sheet')).toBe(true);
    const after = requests.slice(before);
    expect(
      after.filter((r) => !r.startsWith('GET ') || /张三|13800138000|1101051949/.test(decodeURIComponent(r))),
    ).toEqual([]);
    await context.close();
  });

  it('explains itself and offers the blank form without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sample.url}/ysqgk/sq/`);
    expect(await page.isVisible('#apply-form')).toBe(false);
    expect(await page.textContent('.steps-note')).toContain('在线填写需要启用浏览器的 JavaScript');
    await page.click('.steps-note a[href="/ysqgk/sqb/"]');
    expect(new URL(page.url()).pathname).toBe('/ysqgk/sqb/');
    await context.close();
  });
});
