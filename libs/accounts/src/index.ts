export * from './accounts.module';
export * from './accounts-api.module';
export * from './accounts-worker.module';
export { AuthService, Session } from './auth/auth.service';
export { PortailLectureService } from './auth/portail-lecture.service';
export { LoginRateLimiter, LoginRateLimitGuard } from './auth/login-rate-limiter';
export { StructuresService } from './structures/structures.service';
export { UsersService } from './users/users.service';
export {
  InvitationsService,
  InvitationAcceptedHook,
  NewInvitation,
} from './invitations/invitations.service';
export { normaliseEmail } from './users/users.service';
export { UserView } from './users/user.view';
export { hashPassword, verifyPassword } from './auth/password';
export { Structure } from './structures/structure.entity';
export { User } from './users/user.entity';
export { Invitation, InvitationStatus } from './invitations/invitation.entity';
export {
  InvitationMessaging,
  InvitationEmail,
  InvitationDelivery,
  InvitationLinkCheck,
} from './invitations/invitation-messaging';
export { PersonneDto, MotDePasseDto, PASSWORD_MIN_LENGTH } from './users/personne.dto';
