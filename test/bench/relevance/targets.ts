/** The targets for the judged set: named document first, NDCG@10 over all queries. */
export const TARGETS = { targetFirst: 0.98, ndcg: 0.85 };
