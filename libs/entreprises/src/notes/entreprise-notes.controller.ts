import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateEntrepriseNoteDto } from './entreprise-note.dto';
import { EntrepriseNoteView } from './entreprise-note.view';
import { EntrepriseNotesService } from './entreprise-notes.service';

/** The staff's notes on an entreprise (never shown to its employers). */
@ApiTags('Entreprises')
@ApiBearerAuth()
@Controller('entreprises')
@Roles(Role.ADMIN, Role.CRE)
export class EntrepriseNotesController {
  constructor(private readonly notes: EntrepriseNotesService) {}

  @Get(':id/notes')
  @ApiOperation({ summary: "Les notes du personnel sur l'entreprise, les plus récentes d'abord" })
  @ApiOkResponse({ type: [EntrepriseNoteView] })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<EntrepriseNoteView[]> {
    return this.notes.list(id, user);
  }

  @Post(':id/notes')
  @ApiOperation({ summary: 'Ajouter une note (son auteur et sa date sont enregistrés)' })
  @ApiOkResponse({ type: EntrepriseNoteView })
  add(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateEntrepriseNoteDto,
  ): Promise<EntrepriseNoteView> {
    return this.notes.add(id, dto.texte, user);
  }
}
