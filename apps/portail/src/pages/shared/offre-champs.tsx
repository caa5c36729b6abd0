import {
  Alert,
  Checkbox,
  Fieldset,
  List,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  EXPERIENCES,
  NATURES_CONTRAT,
  NIVEAUX_DIPLOME,
  OffreFormValues,
  reglesApplicables,
  TYPES_CONTRAT,
} from '../../forms/offre-form';
import { fieldId } from '../../ui/error-summary';
import { CommuneSelect, MetierSelect } from './recherches';

export const OFFRE_LABELS: Record<string, string> = {
  codeRome: 'Métier',
  titre: 'Intitulé du poste',
  description: 'Description du poste',
  typeContrat: 'Type de contrat',
  natureContrat: 'Nature du contrat',
  dureeValeur: 'Durée du contrat',
  dureeUnite: 'Unité de durée',
  heuresHebdo: 'Heures par semaine',
  horaires: 'Horaires',
  dateDebut: 'Date de début',
  communeInsee: 'Lieu de travail',
  nombrePostes: 'Nombre de postes',
  niveauDiplome: 'Diplôme',
  experience: 'Expérience',
  ouverteMineurs: 'Ouverte aux mineurs (16-17 ans)',
  travailNuit: 'Travail de nuit (entre 22 h et 6 h)',
  salaireMontant: 'Salaire brut (€)',
  salaireUnite: 'Unité du salaire',
};

const codes = (list: readonly { code: string; libelle: string }[]) =>
  list.map((c) => ({ value: c.code, label: c.libelle }));

type Set = <K extends keyof OffreFormValues>(k: K, value: OffreFormValues[K]) => void;

/** The offer's fields in four groups; rules that apply are explained beside them. */
export function OffreChamps({
  v,
  set,
  errors,
}: {
  v: OffreFormValues;
  set: Set;
  errors: Record<string, string>;
}) {
  const f = (k: keyof OffreFormValues & string) => ({
    id: fieldId(k),
    label: OFFRE_LABELS[k],
    error: errors[k],
  });
  const text = (k: keyof OffreFormValues & string) => ({
    ...f(k),
    value: v[k] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value as never),
  });
  const regles = reglesApplicables(v);
  return (
    <Stack>
      <Fieldset legend="Le poste">
        <Stack>
          <MetierSelect
            {...f('codeRome')}
            required
            description="Tapez un métier : « serveur », « vendeuse », « agent d’entretien »…"
            selected={
              v.codeRome
                ? { value: `${v.codeRome}|${v.codeAppellation}`, label: v.metierLibelle }
                : null
            }
            onChoice={(c) => {
              const [rome, ogr] = c?.value.split('|') ?? ['', ''];
              set('codeRome', rome);
              set('codeAppellation', ogr);
              const libelle = c?.label.replace(/ \([A-N]\d{4}\)$/, '') ?? '';
              set('metierLibelle', c?.label ?? '');
              if (!v.titre && libelle) set('titre', libelle);
            }}
          />
          <TextInput {...text('titre')} required />
          <Textarea
            {...text('description')}
            required
            autosize
            minRows={4}
            description="Missions, équipe, conditions de travail."
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Le contrat">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            {...f('typeContrat')}
            data={codes(TYPES_CONTRAT)}
            value={v.typeContrat}
            onChange={(x) => set('typeContrat', x ?? 'CDD')}
            allowDeselect={false}
          />
          <Select
            {...f('natureContrat')}
            data={codes(NATURES_CONTRAT)}
            value={v.natureContrat}
            onChange={(x) => set('natureContrat', x ?? 'E1')}
            allowDeselect={false}
          />
          <TextInput
            {...text('dureeValeur')}
            inputMode="numeric"
            description="En mois ou en semaines (obligatoire pour CDD, intérim, saisonnier)"
          />
          <Select
            {...f('dureeUnite')}
            data={[
              { value: 'mois', label: 'mois' },
              { value: 'semaines', label: 'semaines' },
            ]}
            value={v.dureeUnite || null}
            onChange={(x) => set('dureeUnite', (x ?? '') as OffreFormValues['dureeUnite'])}
          />
          <TextInput {...text('dateDebut')} type="date" required />
          <TextInput {...text('nombrePostes')} inputMode="numeric" required />
          <TextInput {...text('salaireMontant')} inputMode="decimal" description="Facultatif" />
          <Select
            {...f('salaireUnite')}
            data={[
              { value: 'horaire', label: 'par heure' },
              { value: 'mensuel', label: 'par mois' },
            ]}
            value={v.salaireUnite || null}
            onChange={(x) => set('salaireUnite', (x ?? '') as OffreFormValues['salaireUnite'])}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Lieu et horaires">
        <Stack>
          <CommuneSelect
            {...f('communeInsee')}
            description="Par défaut, la commune de l’entreprise"
            selected={
              v.communeInsee
                ? { value: v.communeInsee, label: v.communeNom || v.communeInsee }
                : null
            }
            onChoice={(c) => {
              set('communeInsee', c?.value ?? '');
              set('communeNom', c?.label ?? '');
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...text('heuresHebdo')}
              inputMode="decimal"
              required
              description="48 h au plus (35 h pour un ou une mineur(e))"
            />
            <TextInput {...text('horaires')} description="Ex. : du mardi au samedi, 11 h – 15 h" />
          </SimpleGrid>
          <Checkbox
            id={fieldId('travailNuit')}
            label={OFFRE_LABELS.travailNuit}
            checked={v.travailNuit}
            onChange={(e) => {
              set('travailNuit', e.currentTarget.checked);
              if (e.currentTarget.checked) set('ouverteMineurs', false);
            }}
          />
          <Checkbox
            label="Travail le week-end"
            checked={v.travailWeekend}
            onChange={(e) => set('travailWeekend', e.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Le profil recherché">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              {...f('experience')}
              data={codes(EXPERIENCES)}
              value={v.experience}
              onChange={(x) => set('experience', (x ?? 'D') as OffreFormValues['experience'])}
              allowDeselect={false}
            />
            <Select
              {...f('niveauDiplome')}
              data={codes(NIVEAUX_DIPLOME)}
              value={v.niveauDiplome || null}
              onChange={(x) => set('niveauDiplome', x ?? '')}
              clearable
              placeholder="Aucun diplôme exigé"
            />
          </SimpleGrid>
          <Checkbox
            label="Permis B exigé"
            checked={v.permisB}
            onChange={(e) => set('permisB', e.currentTarget.checked)}
          />
          <Checkbox
            id={fieldId('ouverteMineurs')}
            label={OFFRE_LABELS.ouverteMineurs}
            checked={v.ouverteMineurs}
            error={errors.ouverteMineurs}
            onChange={(e) => set('ouverteMineurs', e.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
      {regles.length > 0 && (
        <Alert color="blue" variant="light" title="Règles qui s’appliquent à cette offre">
          <List size="sm">
            {regles.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
