import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthService } from './auth/auth.service';
import { PortailLectureService } from './auth/portail-lecture.service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { CompteJournal } from './administration/compte-journal.entity';
import { Invitation } from './invitations/invitation.entity';
import { InvitationsService } from './invitations/invitations.service';
import { Structure } from './structures/structure.entity';
import { StructuresService } from './structures/structures.service';
import { User } from './users/user.entity';
import { UsersService } from './users/users.service';

const SERVICES = [
  StructuresService,
  UsersService,
  AuthService,
  InvitationsService,
  LoginRateLimiter,
  PortailLectureService,
];

/** Structures (Missions Locales), accounts, login and invitations: services shared by both apps. */
@Module({
  imports: [TypeOrmModule.forFeature([Structure, User, Invitation, CompteJournal])],
  providers: SERVICES,
  exports: SERVICES,
})
export class AccountsModule {}
