import { Module } from '@nestjs/common';
import { MerRelanceController } from './api/mer-relance.controller';
import { MerTriController } from './api/mer-tri.controller';
import { MisesEnRelationController } from './api/mises-en-relation.controller';
import { EmployeurLinkController } from './links/employeur-link.controller';
import { JeuneLinkController } from './links/jeune-link.controller';
import { MerLinkContext } from './links/mer-link-context.service';
import { MisesEnRelationModule } from './mises-en-relation.module';
import { SUIVI_CONTROLLERS } from './suivi';

/** The HTTP side: the staff and employer API, and the pages behind the jeune's and employer's links. */
@Module({
  imports: [MisesEnRelationModule],
  providers: [MerLinkContext],
  // The follow-up's and the queue's first: their `mises-en-relation/suivis/…`, `…/a-examiner`
  // routes before `mises-en-relation/:id`.
  controllers: [
    ...SUIVI_CONTROLLERS,
    MerTriController,
    MerRelanceController,
    MisesEnRelationController,
    JeuneLinkController,
    EmployeurLinkController,
  ],
})
export class MisesEnRelationApiModule {}
