import { Module } from '@nestjs/common';
import { AccordsController } from './api/accords.controller';
import { PropositionsController } from './api/propositions.controller';
import { MatchingModule } from './matching.module';

@Module({ imports: [MatchingModule], controllers: [PropositionsController, AccordsController] })
export class MatchingApiModule {}
