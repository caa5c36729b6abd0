import { ApiProperty } from '@nestjs/swagger';
import { MerView } from './mer.view';

/** An offer of the queue and how many of its proposals wait (the offer filter's options). */
export class FileTriOffreView {
  @ApiProperty({ format: 'uuid' }) offreId: string;
  @ApiProperty() offreTitre: string;
  @ApiProperty() entrepriseNom: string;
  @ApiProperty() n: number;
}

/** One page of the screening queue, and its counters over the whole queue. */
export class FileTriView {
  @ApiProperty({ type: [MerView] }) items: MerView[];
  @ApiProperty({ description: 'Propositions à examiner avec le filtre (toutes les pages)' })
  total: number;
  @ApiProperty({ description: 'Propositions à examiner, toutes offres confondues' })
  toutes: number;
  @ApiProperty() page: number;
  @ApiProperty() parPage: number;
  @ApiProperty({ type: [FileTriOffreView] }) parOffre: FileTriOffreView[];
}
