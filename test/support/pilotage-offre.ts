/** A valid offer body (start date far enough ahead of the real clock). */
export const offreBody = (entrepriseId: string) => ({
  entrepriseId,
  titre: 'Serveur / serveuse en brasserie',
  codeRome: 'G1803',
  description: 'Service en salle, accueil des clients, mise en place.',
  typeContrat: 'CDD',
  dureeValeur: 6,
  dureeUnite: 'mois',
  heuresHebdo: 35,
  dateDebut: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
});
