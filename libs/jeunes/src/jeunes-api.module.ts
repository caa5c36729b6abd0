import { Module } from '@nestjs/common';
import { JeunesImportController } from './import/jeunes-import.controller';
import { JeunesController } from './profile/jeunes.controller';
import { JeunesModule } from './jeunes.module';

@Module({ imports: [JeunesModule], controllers: [JeunesImportController, JeunesController] })
export class JeunesApiModule {}
