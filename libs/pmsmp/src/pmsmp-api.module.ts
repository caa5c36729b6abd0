import { EntreprisesModule } from '@app/entreprises';
import { Module } from '@nestjs/common';
import { ConventionsController } from './api/conventions.controller';
import { ParametresController } from './api/parametres.controller';
import { BILAN_CONTROLLERS } from './bilan';
import { BrouillonVerificationService } from './lifecycle/brouillon-verification.service';
import { MesConventionsService } from './employeur/mes-conventions.service';
import { MesConventionsController } from './employeur/mes-conventions.controller';
import { PmsmpModule } from './pmsmp.module';
import { DocumentLinkController } from './signatures/document-link.controller';
import { SignatureLinkController } from './signatures/signature-link.controller';

/** The HTTP side: the staff API, and the pages behind the signatories' and tutor's links. */
@Module({
  imports: [PmsmpModule, EntreprisesModule],
  providers: [MesConventionsService, BrouillonVerificationService],
  // The statistics' `pmsmp/conventions/statistiques` before `pmsmp/conventions/:id`.
  controllers: [
    ...BILAN_CONTROLLERS,
    ParametresController,
    MesConventionsController,
    ConventionsController,
    SignatureLinkController,
    DocumentLinkController,
  ],
})
export class PmsmpApiModule {}
