/**
 * 语音阅读 through the browser's own speech synthesis (Web Speech API): the
 * page title, then the article body (or the whole <main> on pages without
 * one), one utterance per line of text. Chromium stops long single
 * utterances after about 15 seconds; short ones queue without that limit.
 * Where the browser has no speechSynthesis the button is hidden.
 */

function textToRead(): string[] {
  const title = document.querySelector('main h1')?.textContent ?? '';
  const body = document.querySelector<HTMLElement>('main .doc-body') ?? document.querySelector<HTMLElement>('main');
  const lines = (body?.innerText ?? '').split(/\n+/);
  // The <main> fallback already starts with the title.
  return (body?.matches('main') ? lines : [title, ...lines]).map((l) => l.trim()).filter(Boolean);
}

export function startReadAloud(button: HTMLButtonElement): void {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
    button.hidden = true;
    return;
  }
  const show = (on: boolean) => button.setAttribute('aria-pressed', String(on));
  const stop = () => {
    synth.cancel();
    show(false);
  };
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-pressed') === 'true') return stop();
    synth.cancel();
    const lines = textToRead();
    lines.forEach((line, i) => {
      const u = new SpeechSynthesisUtterance(line);
      u.lang = 'zh-CN';
      u.rate = 0.9; // a little slower than default: 适老化 readers
      if (i === lines.length - 1) u.onend = () => show(false);
      u.onerror = () => show(false);
      synth.speak(u);
    });
    show(lines.length > 0);
  });
  // Leaving the page must not leave the browser talking.
  addEventListener('pagehide', () => synth.cancel());
}
