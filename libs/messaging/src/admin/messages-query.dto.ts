import { MAX_PAGE } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MessageStatut } from '../messages/message-codes';

const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

export class MessagesQueryDto {
  @ApiPropertyOptional({ enum: MessageStatut })
  @IsOptional()
  @IsIn(Object.values(MessageStatut))
  statut?: MessageStatut;
  @ApiPropertyOptional({ enum: ['email', 'sms'] }) @IsOptional() @IsIn(['email', 'sms']) canal?:
    'email' | 'sms';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() jeuneId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  parPage?: number;
}

export class StatistiquesQueryDto {
  @ApiProperty({ minimum: 2020, maximum: 2100, example: 2026 })
  @Transform(toInt)
  @IsInt()
  @Min(2020)
  @Max(2100)
  annee: number;
}
