import { Alert, Loader, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useSession } from '../../session/session';
import { Actions } from './actions';
import { Adhesion, adhesionQuery } from './adhesion';
import { FiltresForm } from './filtres-form';
import { domaineDe, periodeFr } from './format';
import { GroupesTable } from './groupes-table';
import { RapportDetail } from './rapport-detail';
import { Synthese } from './synthese';
import { useFiltres } from './use-filtres';
import classes from './rapport.module.css';

/** /ml/rapport/reseau: the same figures over the structures that share theirs (operator, admin). */
export default function ReseauPage() {
  const [filtres, setFiltres] = useFiltres();
  const { data: session } = useSession();
  const admin = session?.user.role === 'admin';
  const adhesion = useQuery({ ...adhesionQuery, enabled: admin });
  // An admin sees the network once the structure shares its own figures.
  const autorise = !admin || adhesion.data?.adhere === true;
  const query = { du: filtres.du, au: filtres.au, domaine: filtres.domaine, par: filtres.par };
  const q = useQuery({
    queryKey: ['pilotage', 'reseau', query],
    queryFn: () => ok(api.GET('/pilotage/reseau', { params: { query } })),
    enabled: autorise,
    placeholderData: keepPreviousData,
  });
  return (
    <div className={classes.page}>
      <Title order={1}>Rapport d’activité du réseau</Title>
      <Text className={classes.ecran}>
        Les mêmes indicateurs pour l’ensemble des structures qui partagent leurs chiffres, puis par
        région ou par département.
      </Text>
      {admin && <Adhesion />}
      {autorise && (
        <FiltresForm
          key={JSON.stringify(filtres)}
          filtres={filtres}
          onChange={setFiltres}
          avecPar
        />
      )}
      {!autorise ? null : q.isPending ? (
        <Loader aria-label="Chargement du rapport du réseau" />
      ) : q.isError ? (
        <Alert color="red" role="alert" title="Le rapport du réseau n’a pas pu être calculé">
          {q.error.message}
        </Alert>
      ) : (
        <>
          <Text fw={600} aria-live="polite">
            {q.data.national.structures} structure{q.data.national.structures > 1 ? 's' : ''},
            période {periodeFr(q.data.national.periode)}, comparée à la période{' '}
            {periodeFr(q.data.national.periodePrecedente)}
            {domaineDe(q.data.national) && ` — domaine ROME ${domaineDe(q.data.national)}`}.
          </Text>
          <Actions filtres={filtres} exports={false} />
          <Title order={2} size="h3" mt="lg">
            Par {q.data.par === 'departement' ? 'département' : 'région'}
          </Title>
          <GroupesTable reseau={q.data} />
          <Title order={2} size="h3" mt="lg">
            Ensemble du réseau
          </Title>
          <Synthese rapport={q.data.national} titre="Synthèse des indicateurs du réseau" />
          <RapportDetail rapport={q.data.national} />
        </>
      )}
    </div>
  );
}
