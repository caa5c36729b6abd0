import { Title } from '@mantine/core';
import { Rapport, SECTIONS } from './format';
import { IndicateurBloc } from './indicateur-bloc';

/** The figures section by section, each with its definition, chart and table. */
export function RapportDetail({ rapport }: { rapport: Rapport }) {
  const par = new Map(rapport.indicateurs.map((i) => [i.code, i]));
  return SECTIONS.map((s, k) => (
    <section key={s.titre} aria-labelledby={`section-${k}`}>
      <Title order={2} size="h3" mt="xl" id={`section-${k}`}>
        {s.titre}
      </Title>
      {s.codes.map((c) => {
        const i = par.get(c);
        return i ? <IndicateurBloc key={c} i={i} /> : null;
      })}
    </section>
  ));
}
