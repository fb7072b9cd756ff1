/** Reports: 政府信息公开工作年度报告, 工作要点, 预决算 and other reports. */
import { z } from 'zod';
import { refineStatistics, withFormat } from './annual-report-statistics.ts';
import { disclosureFields, refineDates } from './disclosure.ts';
import { blankAsAbsent, oneOf } from './fields.ts';

export const reportTypes = ['年度报告', '工作要点', '预决算', '其他报告'] as const;

export const reportSchema = z
  .strictObject(
    blankAsAbsent({
      ...disclosureFields,
      /** 报告类别. */
      reportType: oneOf(reportTypes).meta({ label: '报告类别' }),
      /** 报告年度: the year the report covers (a 2024 annual report is published in 2025). */
      year: z
        .number({ error: '应为四位数年份，例如 2024' })
        .int({ error: '应为四位数年份，例如 2024' })
        .min(2008, { error: '应为2008年（条例施行）以后的年份' })
        .max(2100, { error: '应为四位数年份，例如 2024' })
        .meta({ label: '报告年度' }),
      /**
       * 年度报告 statistics (tables 二, 三 and 四) in the format of the report
       * year; required from report year 2019 on. See schemas/annual-report-statistics.ts.
       */
      statistics: z.unknown().optional().meta({ label: '统计数据' }),
    }),
  )
  .superRefine((data, ctx) => {
    refineDates(data, ctx);
    refineStatistics(data, ctx);
  })
  // Runs only when everything above passed: the statistics are valid for their format.
  .transform((data) => ({ ...data, statistics: withFormat(data.year, data.statistics) }));

export type Report = z.output<typeof reportSchema>;
