import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsTelephone } from '@app/core';
import { lowercase, trim, trimToNull } from '../validation/trim';

/** A contact in the entreprise's list: with `id` it updates that contact, without it adds one. */
export class ContactDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({ example: 'Camille', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  prenom?: string | null;

  @ApiProperty({ example: 'Durand' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nom: string;

  @ApiPropertyOptional({ example: 'Gérante', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  fonction?: string | null;

  @ApiPropertyOptional({ example: 'recrutement@boulangerie-durand.fr', nullable: true })
  @Transform((p) => trimToNull({ value: lowercase(p) }))
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '06 12 34 56 78',
    description: 'Enregistré au format E.164',
  })
  @IsOptional()
  @IsTelephone()
  telephone?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  principal?: boolean;
}
