import { Role } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageStatut } from '../messages/message-codes';
import { Message } from '../messages/message.entity';

/** A message as staff see it (timeline, failures): what, to whom, where it stands and why. */
export class MessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['email', 'sms'] }) canal: string;
  @ApiProperty() template: string;
  @ApiProperty() event: string;
  @ApiProperty({ enum: MessageStatut }) statut: MessageStatut;
  @ApiProperty({ enum: ['jeune', 'utilisateur', 'contact'] }) destinataireType: string;
  @ApiPropertyOptional({ type: String, nullable: true }) destinataireId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) adresse: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) objet: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Texte du SMS tel qu’envoyé' })
  texte: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) segments: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) encodage: string | null;
  @ApiProperty() tentatives: number;
  @ApiPropertyOptional({ type: String, nullable: true }) fournisseur: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) fournisseurId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) derniereErreur: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  differeJusqua: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) creeLe: Date;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  envoyeLe: Date | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  delivreLe: Date | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  echecLe: Date | null;

  /**
   * A CRE never reads a jeune's email or phone (the documented CRE view): messages to jeunes
   * show no address to that role. Conseillers (the jeune's referents) and admins do.
   */
  static of(m: Message, viewer?: { role: string }): MessageView {
    const masked = viewer?.role === Role.CRE && m.destinataireType === 'jeune';
    return Object.assign(new MessageView(), {
      id: m.id,
      canal: m.canal,
      template: m.template,
      event: m.event,
      statut: m.statut,
      destinataireType: m.destinataireType,
      destinataireId: m.destinataireId,
      adresse: masked ? null : m.adresse,
      objet: m.subject,
      texte: m.body,
      segments: m.segments,
      encodage: m.encoding,
      tentatives: m.attempts,
      fournisseur: m.provider,
      fournisseurId: m.providerId,
      derniereErreur: m.lastError,
      differeJusqua: m.notBefore,
      creeLe: m.createdAt,
      envoyeLe: m.sentAt,
      delivreLe: m.deliveredAt,
      echecLe: m.failedAt,
    });
  }
}

/** GET /messages: one page of the structure's messages and the total with the same filter. */
export class MessagesPageView {
  @ApiProperty() total: number;
  @ApiProperty({ type: [MessageView] }) items: MessageView[];
}
