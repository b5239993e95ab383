// game_of_life: Conway's Game of Life on a toroidal grid; a glider must return to its shape shifted by (1,1) every 4 generations.
#include <stdio.h>
#include <string.h>

#define W 16
#define H 16

static unsigned char board[H][W], scratch[H][W];

static int neighbours(unsigned char b[H][W], int y, int x) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            if (dy || dx) n += b[(y + dy + H) % H][(x + dx + W) % W];
    return n;
}

static void generation(void) {
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int n = neighbours(board, y, x);
            scratch[y][x] = (unsigned char)(n == 3 || (n == 2 && board[y][x]));
        }
    memcpy(board, scratch, sizeof board);
}

static int population(void) {
    int p = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) p += board[y][x];
    return p;
}

int main(void) {
    static const int glider[5][2] = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
    for (int i = 0; i < 5; i++) board[glider[i][0]][glider[i][1]] = 1;
    int ok = 1;
    for (int g = 1; g <= 4 * W; g++) {
        generation();
        if (population() != 5) ok = 0;
        if (g % 4 == 0) {
            int shift = g / 4;
            for (int i = 0; i < 5; i++)
                if (!board[(glider[i][0] + shift) % H][(glider[i][1] + shift) % W]) ok = 0;
        }
    }
    printf("game_of_life generations=%d population=%d ok=%d\n", 4 * W, population(), ok);
    return ok ? 0 : 1;
}
