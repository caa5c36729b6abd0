import { Button, Group, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem, fieldErrors } from '../../api/problem';
import { ErrorSummary } from '../../ui/error-summary';
import { mesJeunesQuery } from '../ml-conseiller/mes-jeunes';
import { Brouillon, brouillonVide, pourCreer, pourVerifier } from './brouillon';
import { Controles, Verification } from './controles';
import { EtapeHoraires } from './etape-horaires';
import { EtapeMetier } from './etape-metier';
import { EtapeParties } from './etape-parties';
import { EtapeRisques } from './etape-risques';
import { EtapeTuteur } from './etape-tuteur';
import { etapeDe, LIBELLES } from './libelles';

const ETAPES = [
  'Jeune et accueil',
  'Tuteur',
  'Objectif et métier',
  'Dates et horaires',
  'Risques',
  'Vérifier et enregistrer',
];

/** The PMSMP agreement as a multi-step form; the legal checks run on the API as one types. */
export default function ConventionNouvelle() {
  const [b, setB] = useState<Brouillon>(brouillonVide);
  const [etape, setEtape] = useState(0);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [erreursSaisie, setErreursSaisie] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const set = (patch: Partial<Brouillon>) => setB((prev) => ({ ...prev, ...patch }));
  const mesJeunes = useQuery(mesJeunesQuery);
  const mineur =
    verification?.mineur ?? mesJeunes.data?.items.find((j) => j.id === b.jeuneId)?.mineur ?? false;

  // The checks once the typing pauses; an older answer never overwrites a newer one.
  const sequence = useRef(0);
  const aVerifier = JSON.stringify(pourVerifier(b));
  useEffect(() => {
    if (!b.jeuneId || !b.entrepriseId) return;
    const n = ++sequence.current;
    const t = setTimeout(async () => {
      try {
        const v = await ok(
          api.POST('/pmsmp/conventions/verifier', { body: JSON.parse(aVerifier) }),
        );
        if (n === sequence.current) {
          setVerification(v);
          setErreursSaisie({});
        }
      } catch (e) {
        if (n === sequence.current && e instanceof ApiProblem)
          setErreursSaisie(fieldErrors(e.problem));
      }
    }, 400);
    return () => clearTimeout(t);
  }, [aVerifier, b.jeuneId, b.entrepriseId]);

  const creer = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/pmsmp/conventions', { body: pourCreer(b, mineur) as never }),
      ) as unknown as Promise<{
        id: string;
      }>,
    onSuccess: (c) => navigate(`/ml/conseiller/pmsmp/${c.id}`),
    onError: (e) => {
      if (e instanceof ApiProblem) {
        const premiere = Object.keys(fieldErrors(e.problem))[0];
        if (premiere) setEtape(etapeDe(premiere));
      }
    },
  });
  const erreursApi = creer.error instanceof ApiProblem ? fieldErrors(creer.error.problem) : {};
  const regles = Object.fromEntries(
    (verification?.erreurs ?? []).map((e) => [e.field.replace(/\[\d+\].*$/, ''), e.message]),
  );
  const errors = { ...regles, ...erreursSaisie, ...erreursApi };
  const props = { b, set, errors };

  return (
    <>
      <Title order={1} mb="md">
        Nouvelle convention d’immersion (PMSMP)
      </Title>
      <ErrorSummary
        errors={erreursApi}
        labels={LIBELLES}
        message={creer.error && !Object.keys(erreursApi).length ? creer.error.message : null}
      />
      <Stepper active={etape} onStepClick={setEtape} size="sm" wrap>
        {ETAPES.map((label, i) => (
          <Stepper.Step key={label} label={label} aria-label={`Étape ${i + 1} : ${label}`} />
        ))}
      </Stepper>
      <Title order={2} size="h3" my="md">
        Étape {etape + 1} sur {ETAPES.length} : {ETAPES[etape]}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (etape < ETAPES.length - 1) setEtape(etape + 1);
          else creer.mutate();
        }}
      >
        {etape === 0 && <EtapeParties {...props} />}
        {etape === 1 && <EtapeTuteur {...props} mineur={mineur} />}
        {etape === 2 && <EtapeMetier {...props} />}
        {etape === 3 && <EtapeHoraires {...props} verification={verification} mineur={mineur} />}
        {etape === 4 && <EtapeRisques {...props} />}
        {etape === 5 && (
          <>
            <Text mb="sm">
              La convention est enregistrée comme brouillon ; vous l’enverrez ensuite pour
              signature. La Mission Locale vérifie de nouveau toutes les règles à l’enregistrement.
            </Text>
            <Controles verification={verification} />
          </>
        )}
        <Group mt="lg">
          {etape > 0 && (
            <Button variant="default" onClick={() => setEtape(etape - 1)}>
              Précédent
            </Button>
          )}
          <Button type="submit" loading={creer.isPending}>
            {etape < ETAPES.length - 1 ? 'Suivant' : 'Enregistrer le brouillon'}
          </Button>
        </Group>
      </form>
    </>
  );
}
