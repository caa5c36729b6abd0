import { ApiProperty } from '@nestjs/swagger';
import { Poids } from '../scoring/poids';

/** The weight of each criterion of the score (0 to 100): the configuration, then the structure's. */
export class PoidsView implements Poids {
  @ApiProperty() fiche: number;
  @ApiProperty() distance: number;
  @ApiProperty() diplome: number;
  @ApiProperty() experience: number;
  @ApiProperty() disponibilite: number;
  @ApiProperty() programme: number;
  @ApiProperty() attente: number;
}

export class ReglagesView {
  @ApiProperty({ type: PoidsView }) poids: PoidsView;
  @ApiProperty({
    type: [String],
    description: 'Structures voisines souhaitées (dont les jeunes reçoivent aussi nos offres)',
  })
  structuresVoisines: string[];
  @ApiProperty({
    type: [String],
    description: 'Celles qu’un accord accepté des deux côtés ouvre vraiment',
  })
  perimetreEffectif: string[];
}
