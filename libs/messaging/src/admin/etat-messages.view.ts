import { ApiProperty } from '@nestjs/swagger';
import { MessageStatut } from '../messages/message-codes';

/** One line of GET /messages/etat: messages of a channel in a status, and the oldest one's age. */
export class EtatMessagesView {
  @ApiProperty({ enum: ['email', 'sms'] }) canal: string;
  @ApiProperty({ enum: MessageStatut }) statut: MessageStatut;
  @ApiProperty() nombre: number;
  @ApiProperty({ description: 'Création du plus ancien message dans ce statut' })
  plusAncienCreeLe: Date;
  @ApiProperty({ description: 'Son âge, en secondes' }) ageMaxSecondes: number;
}
