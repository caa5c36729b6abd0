import { List, Progress, Text, Title } from '@mantine/core';
import { dateFr } from '../../ui/statut';
import { ConventionDetail, SIGNATAIRES } from './types';

/** Who signed, who is still expected: a bar and the list (the text says it all). */
export function Signatures({ c }: { c: ConventionDetail }) {
  const total = c.signatures.length + c.signaturesAttendues.length;
  const faites = c.signatures.length;
  return (
    <section aria-labelledby="titre-signatures">
      <Title order={2} size="h3" id="titre-signatures" mb="xs">
        Signatures : {faites} sur {total}
      </Title>
      <Progress
        value={total ? (faites / total) * 100 : 0}
        aria-label={`${faites} signatures sur ${total}`}
        mb="sm"
      />
      <List spacing={4} mb="md">
        {c.signatures.map((s) => (
          <List.Item key={s.signataire}>
            {SIGNATAIRES[s.signataire] ?? s.signataire} : signé le {dateFr(s.signedAt, true)}
          </List.Item>
        ))}
        {c.signaturesAttendues.map((s) => (
          <List.Item key={s}>
            {SIGNATAIRES[s] ?? s} :{' '}
            <Text span fw={700}>
              en attente
            </Text>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
