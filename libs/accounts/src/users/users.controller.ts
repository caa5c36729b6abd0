import { AuthUser, CurrentUser, Role, Roles, STAFF_ROLES, UuidPipe } from '@app/core';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { UserView } from './user.view';
import { UsersService } from './users.service';
import { ListUsersQuery } from './list-users.query';

@ApiTags('Comptes')
@ApiBearerAuth()
@Controller('users')
@Roles(...STAFF_ROLES)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Les comptes de la structure' })
  @ApiQuery({ name: 'role', enum: Role, required: false })
  @ApiOkResponse({ type: [UserView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListUsersQuery): Promise<UserView[]> {
    return (await this.users.listForStructure(user, query.role)).map(UserView.of);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Un compte de la structure' })
  @ApiOkResponse({ type: UserView })
  async get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<UserView> {
    return UserView.of(await this.users.getForUser(id, user));
  }
}
