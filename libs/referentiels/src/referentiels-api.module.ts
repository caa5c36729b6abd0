import { Module } from '@nestjs/common';
import { CodesController } from './codes/codes.controller';
import { CommunesController } from './communes/communes.controller';
import { ReferentielsModule } from './referentiels.module';
import { RomeController } from './rome/rome.controller';

/** The HTTP side of the référentiels (API app only): what forms ask while being filled. */
@Module({
  imports: [ReferentielsModule],
  controllers: [RomeController, CommunesController, CodesController],
})
export class ReferentielsApiModule {}
