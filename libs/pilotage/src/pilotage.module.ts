import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Compteur, Contact } from './faits/compteur.entity';
import { Fait } from './faits/fait.entity';
import { FaitsService } from './faits/faits.service';
import { PilotageOffre } from './faits/pilotage-offre.entity';
import { RapportService } from './rapport/rapport.service';
import { Adhesion } from './reseau/adhesion.entity';
import { ReseauService } from './reseau/reseau.service';

const EXPORTED = [FaitsService, RapportService, ReseauService];

/** The yearly report's read model and figures; it reads no other module's table. */
@Module({
  imports: [TypeOrmModule.forFeature([Fait, PilotageOffre, Compteur, Contact, Adhesion])],
  providers: EXPORTED,
  exports: EXPORTED,
})
export class PilotageModule {}
