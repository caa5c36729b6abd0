import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Compteur, Contact } from './faits/compteur.entity';
import { Fait } from './faits/fait.entity';
import { FaitsService } from './faits/faits.service';
import { PilotageOffre } from './faits/pilotage-offre.entity';
import { PartsDefautService } from './rapport/parts-defaut.service';
import { RapportService } from './rapport/rapport.service';
import { PilotageVersion, Synthese } from './rapport/synthese.entity';
import { SynthesesService } from './rapport/syntheses.service';
import { Adhesion } from './reseau/adhesion.entity';
import { ReseauService } from './reseau/reseau.service';

const EXPORTED = [
  FaitsService,
  PartsDefautService,
  RapportService,
  ReseauService,
  SynthesesService,
];

/** The yearly report's read model and figures; it reads no other module's table. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Fait,
      PilotageOffre,
      Compteur,
      Contact,
      Adhesion,
      PilotageVersion,
      Synthese,
    ]),
  ],
  providers: EXPORTED,
  exports: EXPORTED,
})
export class PilotageModule {}
