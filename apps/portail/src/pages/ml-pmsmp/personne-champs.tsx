import { SimpleGrid } from '@mantine/core';
import { Champ } from './champ';

/** A signatory's or a tutor's fields: first name, name, role, e-mail and phone. */
type Personne = { prenom: string; nom: string; email: string; telephone: string } & (
  { fonction: string } | { qualite: string }
);

/**
 * The fields of one person of the agreement, named as the API names them (`tuteur.email`…) so
 * its errors land on them. `de` completes the labels ("du tuteur"); `role` is the third field
 * (the tutor's and the representative's function, the legal representative's capacity).
 */
export function PersonneChamps<P extends Personne>(p: {
  prefixe: string;
  de?: string;
  personne: P;
  role: { champ: 'fonction' | 'qualite'; label: string };
  required: boolean;
  onChange: (personne: P) => void;
  errors: Record<string, string>;
}) {
  const de = p.de ? ` ${p.de}` : '';
  const champ = (k: string, label: string, type?: string) => (
    <Champ
      name={`${p.prefixe}.${k}`}
      label={label}
      type={type}
      required={p.required}
      value={(p.personne as unknown as Record<string, string>)[k]}
      onChange={(v) => p.onChange({ ...p.personne, [k]: v })}
      errors={p.errors}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {champ('prenom', `Prénom${de}`)}
      {champ('nom', `Nom${de}`)}
      {champ(p.role.champ, p.role.label)}
      {champ('email', `E-mail${de}`, 'email')}
      {champ('telephone', `Téléphone${de}`, 'tel')}
    </SimpleGrid>
  );
}
