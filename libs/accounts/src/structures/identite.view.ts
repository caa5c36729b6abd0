import { ApiProperty } from '@nestjs/swagger';

/** What the portal shows of its Mission Locale before anyone logs in (name, colour, logo). */
export class IdentiteView {
  @ApiProperty() code: string;
  @ApiProperty() nom: string;
  @ApiProperty({ type: String, nullable: true, example: '#1d4f91' }) couleur: string | null;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) telephone: string | null;
}
