import { ApiProperty } from '@nestjs/swagger';

/** Messages sent to jeunes on one channel in the year, and how many jeunes they reached. */
export class ContactsCanalView {
  @ApiProperty() messages: number;
  @ApiProperty({ description: 'Jeunes distincts contactés' }) jeunes: number;
}

export class ContactsSmsView extends ContactsCanalView {
  @ApiProperty({ description: 'Segments facturés (GSM-7 : 160 caractères, UCS-2 : 70)' })
  segments: number;
}

/** GET /messages/statistiques: the contacts with jeunes by email and SMS (annual report). */
export class ContactsStatistiquesView {
  @ApiProperty({ example: 2026 }) annee: number;
  @ApiProperty({ type: ContactsCanalView }) email: ContactsCanalView;
  @ApiProperty({ type: ContactsSmsView }) sms: ContactsSmsView;
}
