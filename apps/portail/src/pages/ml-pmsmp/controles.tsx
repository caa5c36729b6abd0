import { Alert, List, Text } from '@mantine/core';
import { Schemas } from '../../api/client';
import { dateFr } from '../../ui/statut';

export type Verification = Schemas['VerificationView'];

/**
 * The legal checks of the draft, updated as the conseiller types (a polite live region: read
 * when the typing pauses). The API judges again when the agreement is saved.
 */
export function Controles({ verification: v }: { verification: Verification | null }) {
  return (
    <div aria-live="polite" style={{ width: '100%' }}>
      {v && (
        <Alert
          color={v.erreurs.length ? 'red' : 'green'}
          variant="light"
          title={
            v.erreurs.length
              ? `Contrôles légaux : ${v.erreurs.length} point${v.erreurs.length > 1 ? 's' : ''} à corriger`
              : 'Contrôles légaux : conforme'
          }
        >
          {v.mineur && (
            <Text size="sm">Le jeune est mineur : les règles des mineurs s’appliquent.</Text>
          )}
          {v.erreurs.length > 0 && (
            <List size="sm">
              {v.erreurs.map((e) => (
                <List.Item key={e.field + e.code + e.message}>{e.message}</List.Item>
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
