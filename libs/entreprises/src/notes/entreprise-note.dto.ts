import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const NOTE_MAX = 4000;

export class CreateEntrepriseNoteDto {
  @ApiProperty({ maxLength: NOTE_MAX, description: 'Le texte de la note' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'La note doit être un texte.' })
  @IsNotEmpty({ message: 'La note est vide : écrivez-en le texte.' })
  @MaxLength(NOTE_MAX, { message: `La note dépasse ${NOTE_MAX} caractères.` })
  texte: string;
}
