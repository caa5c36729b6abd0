import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@app/core';
import { User } from './user.entity';

/** What the API shows of an account (never the password hash). */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) structureId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(user: User): UserView {
    const { id, structureId, email, role, prenom, nom, active, lastLoginAt, createdAt } = user;
    return { id, structureId, email, role, prenom, nom, active, lastLoginAt, createdAt };
  }
}
