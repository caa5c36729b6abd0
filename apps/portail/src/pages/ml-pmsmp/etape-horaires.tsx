import { Checkbox, Group, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { Champ } from './champ';
import { Brouillon, JourType, JOURS } from './brouillon';
import { Controles, Verification } from './controles';
import { EtapeProps } from './etape-parties';

/** Step 4: dates and the week's schedule, with the legal checks shown as the conseiller types. */
export function EtapeHoraires({
  b,
  set,
  errors,
  verification,
  mineur,
}: EtapeProps & { verification: Verification | null; mineur: boolean }) {
  const setJour = (i: number, patch: Partial<JourType>) =>
    set({ semaine: b.semaine.map((j, k) => (k === i ? { ...j, ...patch } : j)) });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Champ
          name="dateDebut"
          label="Premier jour"
          type="date"
          required
          value={b.dateDebut}
          onChange={(v) => set({ dateDebut: v })}
          errors={errors}
        />
        <Champ
          name="dateFin"
          label="Dernier jour"
          type="date"
          required
          value={b.dateFin}
          onChange={(v) => set({ dateFin: v })}
          errors={errors}
        />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={620}>
        <Table>
          <caption>Horaires de la semaine type (deux plages au plus par jour)</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Jour</Table.Th>
              <Table.Th scope="col">Matin : début</Table.Th>
              <Table.Th scope="col">Matin : fin</Table.Th>
              <Table.Th scope="col">Après-midi : début</Table.Th>
              <Table.Th scope="col">Après-midi : fin</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {b.semaine.map((j, i) => (
              <Table.Tr key={j.jour}>
                <Table.Th scope="row">
                  <Checkbox
                    label={JOURS[i]}
                    checked={j.actif}
                    onChange={(e) => setJour(i, { actif: e.currentTarget.checked })}
                  />
                </Table.Th>
                {(['debut1', 'fin1', 'debut2', 'fin2'] as const).map((k) => (
                  <Table.Td key={k}>
                    <TextInput
                      type="time"
                      aria-label={`${JOURS[i]}, ${LIBELLES[k]}`}
                      disabled={!j.actif}
                      value={j[k]}
                      onChange={(e) => setJour(i, { [k]: e.currentTarget.value })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {mineur && (
        <Champ
          name="derogationDimancheFerie"
          label="Présence un dimanche ou un jour férié : justification (mineur)"
          long
          value={b.derogationDimancheFerie}
          onChange={(v) => set({ derogationDimancheFerie: v })}
          errors={errors}
        />
      )}
      <Group>
        <Controles verification={verification} />
      </Group>
    </Stack>
  );
}

const LIBELLES = {
  debut1: 'début du matin',
  fin1: 'fin du matin',
  debut2: 'début de l’après-midi',
  fin2: 'fin de l’après-midi',
} satisfies Record<keyof Omit<JourType, 'jour' | 'actif'>, string>;

export type { Brouillon };
