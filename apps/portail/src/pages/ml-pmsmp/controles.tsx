import { Alert, List, Text } from '@mantine/core';
import { Schemas } from '../../api/client';
import { dateFr } from '../../ui/statut';

export type Verification = Schemas['VerificationView'];
type Probleme = Verification['erreurs'][number];

/** One line per rule: 28 days over 8 h are one problem to fix, said once with its count. */
function regroupees(erreurs: Probleme[]) {
  const parCode = new Map<string, { premiere: Probleme; autres: number }>();
  for (const e of erreurs) {
    const cle = `${e.code}:${e.field.replace(/\[\d+\].*$/, '')}`;
    const g = parCode.get(cle);
    if (g) g.autres++;
    else parCode.set(cle, { premiere: e, autres: 0 });
  }
  return [...parCode.values()];
}

/**
 * The legal checks of the draft, updated as the conseiller types (a polite live region: read
 * when the typing pauses). The API judges again when the agreement is saved.
 */
export function Controles({ verification: v }: { verification: Verification | null }) {
  const groupes = v ? regroupees(v.erreurs) : [];
  return (
    <div aria-live="polite" style={{ width: '100%' }}>
      {v && (
        <Alert
          color={v.erreurs.length ? 'red' : 'green'}
          variant="light"
          title={
            groupes.length
              ? `Contrôles légaux : ${groupes.length} point${groupes.length > 1 ? 's' : ''} à corriger`
              : 'Contrôles légaux : conforme'
          }
        >
          {v.mineur && (
            <Text size="sm">Le jeune est mineur : les règles des mineurs s’appliquent.</Text>
          )}
          {v.erreurs.length > 0 && (
            <List size="sm">
              {groupes.map(({ premiere, autres }) => (
                <List.Item key={premiere.field + premiere.code}>
                  {premiere.message}
                  {autres > 0 && ` (de même pour ${autres} autre${autres > 1 ? 's' : ''})`}
                </List.Item>
              ))}
            </List>
          )}
          {v.avertissements.map((a) => (
            <Text size="sm" key={a.field + a.message}>
              À noter : {a.message}
            </Text>
          ))}
          {v.totaux && v.totaux.joursPresence > 0 && (
            <Text size="sm" mt="xs">
              {v.totaux.joursPresence} jour(s) de présence, {v.totaux.heuresTotal} h au total
              {Object.entries(v.totaux.heuresParSemaine).map(
                ([lundi, h]) => ` ; semaine du ${dateFr(lundi)} : ${h} h`,
              )}
              .
            </Text>
          )}
        </Alert>
      )}
    </div>
  );
}
