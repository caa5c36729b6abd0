import { Alert, Anchor, Loader, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { Actions } from './actions';
import { FiltresForm } from './filtres-form';
import { domaineDe, periodeFr } from './format';
import { RapportDetail } from './rapport-detail';
import { Synthese } from './synthese';
import { useFiltres } from './use-filtres';
import classes from './rapport.module.css';

/** /ml/rapport: the structure's yearly activity report (admin, CRE). */
export default function RapportPage() {
  const [filtres, setFiltres] = useFiltres();
  const { data: session } = useSession();
  const query = { du: filtres.du, au: filtres.au, cre: filtres.cre, domaine: filtres.domaine };
  const q = useQuery({
    queryKey: ['pilotage', 'rapport', query],
    queryFn: () => ok(api.GET('/pilotage/rapport', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  return (
    <div className={classes.page}>
      <Title order={1}>Rapport d’activité</Title>
      <Text className={classes.ecran}>
        Les chiffres du service aux employeurs, comptés sur ce qui s’est passé dans la période (les
        mêmes demain, quelles que soient les modifications depuis).
        {session?.user.role === 'admin' && (
          <>
            {' '}
            <Anchor component={Link} to="/ml/rapport/reseau" underline="always">
              Chiffres du réseau et partage des vôtres
            </Anchor>
          </>
        )}
      </Text>
      <FiltresForm key={JSON.stringify(filtres)} filtres={filtres} onChange={setFiltres} avecCre />
      {q.isPending ? (
        <Loader aria-label="Chargement du rapport" />
      ) : q.isError ? (
        <Alert color="red" role="alert" title="Le rapport n’a pas pu être calculé">
          {q.error.message}
        </Alert>
      ) : (
        <>
          <Text fw={600} aria-live="polite">
            Période {periodeFr(q.data.periode)}, comparée à la période{' '}
            {periodeFr(q.data.periodePrecedente)}
            {domaineDe(q.data) && ` — domaine ROME ${domaineDe(q.data)}`}
            {filtres.cre && ' — offres publiées par le CRE choisi'}.
          </Text>
          <Actions filtres={filtres} />
          <Synthese rapport={q.data} titre="Synthèse des indicateurs" />
          <RapportDetail rapport={q.data} />
        </>
      )}
    </div>
  );
}
