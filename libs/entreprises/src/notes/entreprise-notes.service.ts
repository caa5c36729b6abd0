import { UsersService } from '@app/accounts';
import { AuthUser } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EntreprisesService } from '../entreprises/entreprises.service';
import { EntrepriseNote } from './entreprise-note.entity';
import { EntrepriseNoteView } from './entreprise-note.view';

/** The staff's notes on an entreprise, newest first; adding one records its author. */
@Injectable()
export class EntrepriseNotesService {
  constructor(
    @InjectRepository(EntrepriseNote) private readonly notes: Repository<EntrepriseNote>,
    private readonly entreprises: EntreprisesService,
    private readonly users: UsersService,
  ) {}

  async list(entrepriseId: string, user: AuthUser): Promise<EntrepriseNoteView[]> {
    await this.entreprises.getForUser(entrepriseId, user);
    const rows = await this.notes.find({
      where: { entrepriseId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 500,
    });
    return this.withAuthors(rows, user);
  }

  async add(entrepriseId: string, texte: string, user: AuthUser): Promise<EntrepriseNoteView> {
    await this.entreprises.getForUser(entrepriseId, user);
    const saved = await this.notes.save(
      this.notes.create({ entrepriseId, auteurId: user.id, texte }),
    );
    return (await this.withAuthors([saved], user))[0];
  }

  private async withAuthors(rows: EntrepriseNote[], user: AuthUser): Promise<EntrepriseNoteView[]> {
    // Staff of one structure are few: one read of them names every author.
    const staff = new Map((await this.users.listForStructure(user)).map((u) => [u.id, u]));
    return rows.map((n) => {
      const a = staff.get(n.auteurId);
      return {
        id: n.id,
        texte: n.texte,
        auteur: { id: n.auteurId, prenom: a?.prenom ?? '', nom: a?.nom ?? '' },
        createdAt: n.createdAt,
      };
    });
  }
}
