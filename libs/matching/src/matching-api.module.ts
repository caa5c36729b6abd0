import { Module } from '@nestjs/common';
import { PropositionsController } from './api/propositions.controller';
import { MatchingModule } from './matching.module';

@Module({ imports: [MatchingModule], controllers: [PropositionsController] })
export class MatchingApiModule {}
