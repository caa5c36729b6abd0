import { Role } from '@app/core';
import { IsEnum, IsOptional } from 'class-validator';

export class ListUsersQuery {
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}
