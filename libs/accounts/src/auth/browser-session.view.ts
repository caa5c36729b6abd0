import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/user.view';

/** GET /auth/session: the account, and the CSRF token that goes with the session cookie. */
export class BrowserSession {
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ description: 'À renvoyer dans X-CSRF-Token pour POST, PATCH, PUT, DELETE' })
  csrfToken: string;
  @ApiProperty({ description: 'Durée de la session en secondes' }) expiresIn: number;
}
