/** Planning the 政策解读: each explains a planned policy and is published on or just after its day. */
import { CAP_DATE, addDays, nextWorkday, workingTime } from './calendar.ts';
import { docCore, type Doc } from './document.ts';
import { publishers } from './phrases.ts';
import type { Planner } from './planner.ts';

/** Adds up to `count` interpretations, at most two for a policy when it can be helped; 规章 are picked most often. */
export function planInterpretations(plan: Planner, policies: Doc[], count: number): void {
  const { r, docs, base } = plan;
  const interpPool = policies.flatMap((p) =>
    p.kind === '规章' ? [p.i, p.i, p.i, p.i, p.i, p.i] : p.kind === '行政规范性文件' ? [p.i, p.i, p.i] : [p.i],
  );
  for (let c = 0; c < count && interpPool.length; c++) {
    let p = policies[0]!;
    for (let attempt = 0; attempt < 20; attempt++) {
      p = docs[r.pick(interpPool)]!;
      if ((p.interpretations ?? 0) < 2) break;
    }
    p.interpretations = (p.interpretations ?? 0) + 1;
    let day = nextWorkday(addDays(p.date.slice(0, 10), r.int(0, 7)));
    if (day > CAP_DATE || Number(day.slice(0, 4)) !== p.year) day = p.date.slice(0, 10);
    const time = day === p.date.slice(0, 10) ? p.date.slice(11) : workingTime(r);
    const d = base('interpretations', Number(day.slice(0, 4)), `${day} ${time}`, p.pub, p.theme);
    d.topic = p.topic;
    d.policy = p.i;
    const forms: [string, number][] = [
      ['文字', 60],
      ['图解', 15],
      ['问答', 20],
      ['访谈', 4],
      ['视频', 1],
    ];
    d.form = forms[r.weighted(forms.map((f) => f[1]))]![0];
    const core = docCore(p);
    d.title =
      d.form === '图解'
        ? r.pick([`图解：${core}`, `一图读懂《${core}》`])
        : d.form === '问答'
          ? r.pick([`《${core}》问答`, `《${core}》政策问答`])
          : d.form === '访谈'
            ? `${publishers[p.pub]!.name}有关负责人就《${core}》答记者问`
            : d.form === '视频'
              ? `视频解读：《${core}》`
              : r.pick([`《${core}》政策解读`, `关于《${core}》的解读`]);
    d.subject = p.subject;
    docs.push(d);
  }
}
