import { ApiProperty } from '@nestjs/swagger';

export class NoteAuteurView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
}

/** A note with its author and date: who wrote what, when. */
export class EntrepriseNoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() texte: string;
  @ApiProperty({ type: NoteAuteurView }) auteur: NoteAuteurView;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}
