import { IsTelephone, Role } from '@app/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty field clears an optional value (the form sends what is shown). */
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : trim({ value });

export const ROLES_EQUIPE = [Role.ADMIN, Role.CRE, Role.CONSEILLER] as const;

export class ModifierCompteDto {
  @ApiPropertyOptional({ enum: ROLES_EQUIPE })
  @IsOptional()
  @IsIn(ROLES_EQUIPE, {
    message: 'Le rôle doit être administrateur, chargé(e) de relations entreprises ou conseiller.',
  })
  role?: Role;

  @ApiPropertyOptional({ description: 'false : le compte ne peut plus se connecter' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ModifierIdentiteDto {
  @ApiPropertyOptional({ example: 'Mission Locale du Val-de-Lys' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'Le nom doit faire au moins 3 caractères.' })
  @MaxLength(200)
  nom?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, v) => v !== null)
  @IsEmail({}, { message: 'L’adresse e-mail de contact n’est pas valide.' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '03 20 00 00 00' })
  @IsOptional()
  @IsTelephone()
  telephone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '#1d4f91' })
  @IsOptional()
  @Transform(({ value }) => {
    const v = emptyToNull({ value });
    return typeof v === 'string' ? v.toLowerCase() : v;
  })
  @ValidateIf((_, v) => v !== null)
  @Matches(/^#[0-9a-f]{6}$/, { message: 'La couleur s’écrit #rrggbb (ex. #1d4f91).' })
  couleur?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Une adresse https ou un chemin (/…)',
  })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, v) => v !== null)
  @Matches(/^(https:\/\/[^\s"<>]+|\/[^\s"<>]*)$/, {
    message: 'Le logo doit être une adresse https:// ou un chemin commençant par /.',
  })
  @MaxLength(500)
  logoUrl?: string | null;
}
