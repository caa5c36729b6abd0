/** Dates and a Monday-to-Friday schedule (one or two ranges a day) as the API takes them. */
export function semaineTypeBody(du: string, au: string, plages: [string, string][]) {
  const horaires = [];
  for (let d = new Date(`${du}T12:00:00Z`); d <= new Date(`${au}T12:00:00Z`);) {
    const jour = d.getUTCDay();
    if (jour >= 1 && jour <= 5)
      horaires.push({
        date: d.toISOString().slice(0, 10),
        plages: plages.map(([debut, fin]) => ({ debut, fin })),
      });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return { dateDebut: du, dateFin: au, horaires };
}
