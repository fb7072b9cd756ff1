/** The collection list: every collection with the schema its entries are checked against. */
import { describe, expect, it } from 'vitest';
import { catalogueItemSchema } from '../../../src/schemas/catalogue-item.ts';
import { collectionNames, collectionSchemas } from '../../../src/schemas/collections.ts';
import { interpretationSchema } from '../../../src/schemas/interpretation.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { policySchema } from '../../../src/schemas/policy.ts';
import { reportSchema } from '../../../src/schemas/report.ts';

describe('collections', () => {
  it('lists every collection with its schema', () => {
    expect(collectionNames).toEqual([
      'policies',
      'interpretations',
      'reports',
      'catalogue',
      'news',
      'pages',
      'letters',
      'interviews',
      'consultations',
    ]);
    expect(collectionSchemas.policies).toBe(policySchema);
    expect(collectionSchemas.interpretations).toBe(interpretationSchema);
    expect(collectionSchemas.reports).toBe(reportSchema);
    expect(collectionSchemas.catalogue).toBe(catalogueItemSchema);
    expect(collectionSchemas.news).toBe(newsSchema);
    expect(collectionSchemas.pages).toBe(pageSchema);
  });
});
