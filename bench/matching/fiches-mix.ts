/**
 * The sector mix of youth offers (weights in %), from the trades the Missions Locales' reports
 * count most: restauration, commerce, logistics, cleaning, building, industry, care, office.
 * Jeunes' wishes follow the same mix, a little flatter (a wish is cheaper than a job).
 */
export const FICHES_MIX: [string, number][] = [
  ['G1603', 8],
  ['G1803', 6],
  ['G1602', 4],
  ['G1605', 3],
  ['G1801', 2],
  ['G1703', 1.5],
  ['D1507', 6],
  ['D1505', 5],
  ['D1106', 4],
  ['D1214', 3],
  ['D1102', 2],
  ['D1101', 1.5],
  ['D1501', 1],
  ['D1401', 0.5],
  ['N1103', 8],
  ['N1105', 4],
  ['N4105', 2],
  ['N4101', 1],
  ['K2204', 6],
  ['K2303', 1.5],
  ['K1304', 2],
  ['K1202', 1.5],
  ['K2503', 1.5],
  ['K2501', 1],
  ['F1703', 2.5],
  ['F1606', 2],
  ['F1602', 1.5],
  ['F1704', 1],
  ['H2909', 2],
  ['H2913', 1],
  ['H3303', 1],
  ['I1203', 1.5],
  ['I1604', 1.5],
  ['J1301', 2],
  ['J1304', 1],
  ['M1601', 2],
  ['M1602', 1.5],
  ['M1607', 1],
  ['M1606', 1],
  ['A1203', 2],
  ['A1414', 1],
  ['A1401', 1],
  ['G1101', 0.5],
];

/** Rows (fiche, cumulative share) for a SQL lookup table; `flatten` < 1 flattens the mix. */
export function cumulative(flatten = 1): { fiche: string; cum: number }[] {
  const weights = FICHES_MIX.map(([f, w]) => [f, w ** flatten] as const);
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  return weights.map(([fiche, w]) => {
    acc += w / total;
    return { fiche, cum: Math.min(1, acc) };
  });
}
