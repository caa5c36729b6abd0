import { MAX_PAGE } from '@app/core';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MessageStatut } from '../messages/message-codes';

const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

export class MessagesQueryDto {
  @IsOptional() @IsIn(Object.values(MessageStatut)) statut?: MessageStatut;
  @IsOptional() @IsIn(['email', 'sms']) canal?: 'email' | 'sms';
  @IsOptional() @IsUUID() jeuneId?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(MAX_PAGE) page?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200) parPage?: number;
}

export class StatistiquesQueryDto {
  @Transform(toInt) @IsInt() @Min(2020) @Max(2100) annee: number;
}
