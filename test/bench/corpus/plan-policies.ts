/**
 * Planning the policies: kind, 文种, title and dates, and later which of them
 * expired or were replaced. Interpretations follow in plan-interpretations.ts.
 */
import { CAP_DATE, addDays, dayMs, dayTime } from './calendar.ts';
import type { Doc, PolicyKind } from './document.ts';
import { jointDepartments, publishers, themes } from './phrases.ts';
import { allocate, type Planner } from './planner.ts';
import { policyGenres, regSuffixes } from './profiles.ts';
import type { Rng } from './random.ts';
import { fillSlots } from './slots.ts';

/** Adds `count` policies to the plan and returns them. */
export function planPolicies(plan: Planner, count: number): Doc[] {
  const { r, docs, years, yearWeights, randomDate, pickPublisher, pickTheme, base, slotCtx } = plan;
  const policyYears = allocate(count, yearWeights);
  years.forEach((year, k) => {
    for (let c = 0; c < policyYears[k]!; c++) {
      const x = r.next();
      const kind: PolicyKind = x < 0.01 ? '规章' : x < 0.36 ? '行政规范性文件' : '其他文件';
      const pub = kind === '规章' ? 0 : pickPublisher();
      const d = base('policies', year, randomDate(year), pub, pickTheme(pub));
      d.kind = kind;
      const genres = policyGenres[kind];
      d.genre = genres[r.weighted(genres.map((g) => g[1]))]![0];
      const theme = themes[d.theme]!;
      d.subject = fillSlots(r.pickSkewed(theme.subjects, 1.2), r, slotCtx(d));
      const pubName = publishers[pub]!.name;
      const prefix = publishers[pub]!.place ?? '示例省';
      if (kind === '规章') {
        d.title = `示例省${r.pick(theme.regNouns)}${r.pick(['管理办法', '管理规定', '实施办法'])}`;
        d.subject = `规范${theme.regNouns[0]}管理`;
      } else if (kind === '行政规范性文件' && r.chance(0.6) && d.genre === '通知') {
        d.title = `${pubName}关于印发《${prefix}${r.pick(theme.regNouns)}${r.pick(regSuffixes)}》的通知`;
      } else if (d.genre === '批复') {
        d.title = `${pubName}关于${fillSlots(r.pick(['{project}初步设计', '{hw}施工图设计', '{company}港口经营许可延续申请', '{county}农村公路建设计划调整', '{project}工程变更']), r, slotCtx(d))}的批复`;
      } else if (d.genre === '函') {
        d.title = `${pubName}关于${d.subject}的函`;
      } else if (d.genre === '通报') {
        d.title = `${pubName}关于${fillSlots(r.pick(['{yr}年{themeName}工作考核结果', '{yr}年第{q}季度{themeName}工作情况', '{yr}年{themeName}专项检查发现问题']), r, slotCtx(d))}的通报`;
      } else if (d.genre === '会议纪要') {
        d.title = `${pubName}${d.year}年第${r.int(1, 30)}次专题会议纪要`;
      } else {
        d.title = `${pubName}关于${d.subject}的${d.genre === '命令（令）' ? '令' : d.genre}`;
      }
      d.wantDocNo = kind === '规章' || (kind === '行政规范性文件' ? r.chance(0.95) : r.chance(0.543));
      if (kind !== '其他文件') d.effectiveDate = addDays(d.date.slice(0, 10), r.int(0, 30));
      if (r.chance(0.04) && kind !== '规章') d.joint = r.pick(jointDepartments);
      docs.push(d);
    }
  });
  return docs.slice();
}

/**
 * Marks about 8 % of the policies up to 2024 as 失效 or 废止, half of them
 * replaced by a later policy of the same theme and kind. Runs after all
 * collections are planned, so its draws come after theirs.
 */
export function retirePolicies(r: Rng, policies: Doc[]): void {
  const byThemeDate = new Map<number, Doc[]>();
  for (const p of policies) {
    const list = byThemeDate.get(p.theme);
    if (list) list.push(p);
    else byThemeDate.set(p.theme, [p]);
  }
  for (const list of byThemeDate.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const oldPolicies = r.shuffle(policies.filter((p) => p.year <= 2024 && p.kind !== undefined));
  const nInvalid = Math.min(oldPolicies.length, Math.round(policies.length * 0.08));
  for (let k = 0; k < nInvalid; k++) {
    const p = oldPolicies[k]!;
    const day = p.date.slice(0, 10);
    let replaced = false;
    if (r.chance(0.5)) {
      const list = byThemeDate.get(p.theme)!;
      const later = list.filter(
        (x) => x.date.slice(0, 10) >= addDays(day, 60) && x.kind === p.kind && x.validity === undefined,
      );
      if (later.length) {
        const x = later[Math.floor(Math.pow(r.next(), 2) * later.length)]!;
        p.validity = '废止';
        p.validityDate = x.effectiveDate && x.effectiveDate <= CAP_DATE ? x.effectiveDate : x.date.slice(0, 10);
        p.replacedBy = x.i;
        (x.replaces ??= []).push(p.i);
        replaced = true;
      }
    }
    if (!replaced) {
      const expiry = addDays(day, 365 * r.int(1, 5));
      if (expiry <= CAP_DATE && p.kind !== '规章') {
        p.validity = '失效';
        p.validityDate = expiry;
      } else {
        p.validity = '废止';
        const span = Math.max(1, Math.round((dayTime(CAP_DATE) - dayTime(day)) / dayMs) - 180);
        p.validityDate = addDays(day, 180 + r.int(0, span - 1));
      }
    }
  }
  // A policy that replaces others must stay in force.
  for (const p of policies) if (p.replaces && p.validity) delete p.replaces;
}
